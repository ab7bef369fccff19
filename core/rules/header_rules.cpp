// E10 and E11: the submitting unit's header.
#include "normalize/phone.h"
#include "rules/rule_context.h"

namespace x1::rules {

void checkHeader(RuleContext& context)
{
    const Header& header = context.workbook.header;
    const auto missing = [&](const QString& value) { return context.cleanText(value).isEmpty(); };
    if (missing(header.unit))
        context.add(QStringLiteral("E10"), QStringLiteral("unit"), {}, {}, QStringLiteral("unit"));
    if (missing(header.contact))
        context.add(QStringLiteral("E10"), QStringLiteral("contact"), {}, {}, QStringLiteral("contact"));
    if (missing(header.phone)) {
        context.add(QStringLiteral("E10"), QStringLiteral("phone"), {}, {}, QStringLiteral("phone"));
    } else {
        QString invalid;
        if (!validatePhone(header.phone, &invalid))
            context.add(QStringLiteral("E11"), {}, {}, {{QStringLiteral("value"), invalid}});
    }
}

} // namespace x1::rules
