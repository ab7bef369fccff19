// The school's own checks: E01, E02, E03, E14, E13, W05, W08.
#include "normalize/school_fields.h"
#include "rules/rule_context.h"

#include <algorithm>

namespace x1::rules {

namespace {

void checkNameAndType(RuleContext& context, int index)
{
    const School& school = context.workbook.schools[index];
    const RuleContext::Place place = RuleContext::Place::ofSchool(index);
    if (context.cleanName(school.name).isEmpty())
        context.add(QStringLiteral("E01"), {}, place);

    const QString type = context.schoolType(index);
    if (context.catalog.excludedSchoolTypes().contains(type)) {
        context.add(QStringLiteral("E03"), {}, place, {{QStringLiteral("value"), school.type}});
        return;
    }
    for (const QString& marker : context.catalog.excludedNameMarkers()) {
        if (school.name.contains(marker)) {
            context.add(QStringLiteral("E03"), {}, place, {{QStringLiteral("value"), marker}}, QStringLiteral("name"));
            return;
        }
    }
    const QStringList allowed = context.profile ? context.profile->allowedSchoolTypes : context.catalog.schoolTypes();
    const MessageArgs args{{QStringLiteral("value"), school.type}, {QStringLiteral("allowed"), context.joinList(allowed)}};
    if (type.isEmpty())
        context.add(QStringLiteral("E02"), QStringLiteral("empty"), place, args);
    else if (!allowed.contains(type))
        context.add(QStringLiteral("E02"), {}, place, args);
}

void checkSchoolCode(RuleContext& context, int index)
{
    const QString& code = context.workbook.schools[index].schoolCode;
    if (code.isEmpty())
        return;
    const bool tenDigits = code.size() == 10
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!tenDigits)
        context.add(QStringLiteral("E14"), {}, RuleContext::Place::ofSchool(index), {{QStringLiteral("value"), code}});
}

void checkConflict(RuleContext& context, int index)
{
    const int group = context.workbook.schools[index].conflictGroup;
    if (group == 0)
        return;
    const RuleContext::ConflictGroup& versions = context.conflictGroup(group);
    context.add(QStringLiteral("E13"), {}, RuleContext::Place::ofSchool(index),
                {{QStringLiteral("count"), QString::number(versions.count)},
                 {QStringLiteral("sources"), context.joinList(versions.sources)}});
}

void checkTiers(RuleContext& context, int index)
{
    const QStringList& tiers = context.workbook.schools[index].tiers;
    const bool listed = std::any_of(tiers.begin(), tiers.end(),
                                    [&](const QString& tier) { return context.catalog.qualityTiers().contains(tier); });
    if (!listed)
        context.add(QStringLiteral("W05"), {}, RuleContext::Place::ofSchool(index));
}

// The notice's routing in Sichuan: 高职 schools and 省属 中职 schools send straight to the
// department; every other 中职 school goes through its 市（州）. A 高职 school needs no 隶属 for
// that (hand-filled forms have none); a 中职 school's routing is silent while its 隶属 is unknown.
void checkRouting(RuleContext& context, int index)
{
    const School& school = context.workbook.schools[index];
    if (context.workbook.header.unit.trimmed().isEmpty())
        return;
    const QString type = context.schoolType(index);
    if (type == u"高职" && context.unitKind == u"市州教育行政部门") {
        context.add(QStringLiteral("W08"), QStringLiteral("higher"), RuleContext::Place::ofSchool(index));
        return;
    }
    const QString affiliation = canonicalAffiliation(school.affiliation, context.catalog);
    if (affiliation.isEmpty())
        return;
    const bool provincial = affiliation == u"省属";
    if (context.unitKind == u"市州教育行政部门") {
        if (type == u"中职" && provincial)
            context.add(QStringLiteral("W08"), QStringLiteral("provincial"), RuleContext::Place::ofSchool(index));
    } else if (context.unitKind == u"学校") {
        if (type == u"中职" && !provincial)
            context.add(QStringLiteral("W08"), {}, RuleContext::Place::ofSchool(index));
    }
}

} // namespace

void checkSchool(RuleContext& context, int schoolIndex)
{
    checkNameAndType(context, schoolIndex);
    checkSchoolCode(context, schoolIndex);
    checkConflict(context, schoolIndex);
    checkTiers(context, schoolIndex);
    checkRouting(context, schoolIndex);
}

} // namespace x1::rules
