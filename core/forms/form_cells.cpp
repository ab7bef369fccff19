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

CertificateCell certificateCell(const QString& text, const Catalog& catalog)
{
    CertificateCell cell = parseCertificateCell(text, catalog);
    const QString name = normalizeName(text);
    const qsizetype open = name.lastIndexOf(u'（');
    if (cell.recognised || open <= 0 || !name.endsWith(u'）'))
        return cell;
    const QString canonical = canonicalCertificate(QStringView(name).left(open), catalog);
    if (canonical.isEmpty())
        return cell;
    return CertificateCell{canonical, parseLevels(QStringView(name).mid(open + 1).chopped(1), catalog), true};
}

} // namespace x1::forms
