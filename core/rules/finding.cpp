#include "rules/finding.h"

#include <QCoreApplication>
#include <QHash>

namespace x1 {

QString describeFinding(const Finding& finding)
{
    QStringList place;
    for (const QString& part : {finding.school, finding.certificate, finding.major}) {
        if (!part.isEmpty())
            place << part;
    }
    const QString where = place.isEmpty() ? QCoreApplication::translate("x1::Finding", "表头") : place.join(QStringLiteral(" / "));
    return QCoreApplication::translate("x1::Finding", "%1 %2：%3").arg(finding.code, where, finding.message);
}

QString FindingIdentity::key() const
{
    return code + u'|' + school + u'|' + certificate + u'|' + major;
}

std::optional<FieldAddress> Finding::address() const
{
    static const QHash<QString, HeaderField> headerFields = {
        {QStringLiteral("unit"), HeaderField::Unit},       {QStringLiteral("unitKind"), HeaderField::UnitKind},
        {QStringLiteral("contact"), HeaderField::Contact}, {QStringLiteral("phone"), HeaderField::Phone}};
    static const QHash<QString, SchoolField> schoolFields = {
        {QStringLiteral("name"), SchoolField::Name}, {QStringLiteral("schoolCode"), SchoolField::SchoolCode},
        {QStringLiteral("type"), SchoolField::Type}, {QStringLiteral("tiers"), SchoolField::Tiers}};
    static const QHash<QString, RowField> rowFields = {
        {QStringLiteral("certificate"), RowField::Certificate}, {QStringLiteral("levels"), RowField::Levels},
        {QStringLiteral("majors"), RowField::Majors},           {QStringLiteral("majorCount"), RowField::MajorCount},
        {QStringLiteral("students"), RowField::Students},       {QStringLiteral("remark"), RowField::Remark},
        {QStringLiteral("evidence"), RowField::TeamSize}};
    if (schoolIndex < 0) {
        if (const auto it = headerFields.constFind(field); it != headerFields.constEnd())
            return FieldAddress::of(*it);
        return std::nullopt;
    }
    if (rowIndex >= 0)
        return FieldAddress::of(schoolIndex, rowIndex, rowFields.value(field, RowField::Certificate));
    return FieldAddress::of(schoolIndex, schoolFields.value(field, SchoolField::Name));
}

CheckSummary CheckSummary::of(const QList<Finding>& findings)
{
    CheckSummary summary;
    for (const Finding& finding : findings) {
        if (finding.isError()) {
            ++summary.errors;
        } else {
            ++summary.warnings;
            if (!finding.explained)
                ++summary.unexplainedWarnings;
        }
    }
    return summary;
}

} // namespace x1
