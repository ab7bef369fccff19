#include "forms/form_cells.h"

#include "normalize/normalize.h"

#include <QRegularExpression>

namespace x1::forms {

bool parseMajorCount(const QString& text, QString& count)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(\\.0+)?\\s*个?$"));
    count = normalizeText(text);
    const QRegularExpressionMatch match = pattern.match(count);
    if (match.hasMatch())
        count = QString::number(match.captured(1).toLongLong());
    return match.hasMatch();
}

} // namespace x1::forms
