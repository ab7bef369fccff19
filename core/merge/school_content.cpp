#include "merge/school_content.h"

#include <QCoreApplication>

namespace x1 {

namespace {

bool samePrintedRow(const CertificateRow& a, const CertificateRow& b)
{
    return a.certificate == b.certificate && a.levels == b.levels && a.majors == b.majors
        && a.printedMajorCount() == b.printedMajorCount() && a.students == b.students && a.remark == b.remark;
}

bool sameRow(const CertificateRow& a, const CertificateRow& b)
{
    return samePrintedRow(a, b) && a.evidence == b.evidence;
}

// Equal, or given on one side only; `into` takes the value given.
template <typename T>
bool fillGap(T& into, const T& other)
{
    if (other.isEmpty() || into == other)
        return true;
    if (!into.isEmpty())
        return false;
    into = other;
    return true;
}

} // namespace

bool sameContent(const School& a, const School& b)
{
    if (a.name != b.name || a.schoolCode != b.schoolCode || a.type != b.type || a.affiliation != b.affiliation
        || a.city != b.city || a.tiers != b.tiers || a.rows.size() != b.rows.size())
        return false;
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        if (!sameRow(a.rows[i], b.rows[i]))
            return false;
    }
    return true;
}

std::optional<School> filledIn(const School& a, const School& b)
{
    if (a.name != b.name || a.type != b.type || a.rows.size() != b.rows.size())
        return std::nullopt;
    School combined = a;
    if (!fillGap(combined.schoolCode, b.schoolCode) || !fillGap(combined.affiliation, b.affiliation)
        || !fillGap(combined.city, b.city) || !fillGap(combined.tiers, b.tiers))
        return std::nullopt;
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        if (!samePrintedRow(a.rows[i], b.rows[i]))
            return std::nullopt;
        RowEvidence& evidence = combined.rows[i].evidence;
        if (b.rows[i].evidence.isEmpty() || evidence == b.rows[i].evidence)
            continue;
        if (!evidence.isEmpty())
            return std::nullopt;
        evidence = b.rows[i].evidence;
    }
    return combined;
}

int detailsGiven(const School& school)
{
    int given = int(!school.schoolCode.isEmpty()) + int(!school.affiliation.isEmpty()) + int(!school.city.isEmpty())
        + int(!school.tiers.isEmpty());
    for (const CertificateRow& row : school.rows)
        given += int(!row.evidence.isEmpty());
    return given;
}

QString versionSummary(const School& school)
{
    QStringList parts;
    QStringList head;
    for (const QString& value : {school.schoolCode, school.type, school.affiliation, school.city}) {
        if (!value.isEmpty())
            head << value;
    }
    parts << (head.isEmpty() ? QCoreApplication::translate("x1::Merge", "（无类型）") : head.join(u'，'));
    for (const CertificateRow& row : school.rows) {
        QString text = row.certificate;
        if (!row.levels.isEmpty())
            text += u'（' + row.levels.join(u'、') + u'）';
        // 学生规模 as typed when it is not a number ("约100人"): no second 人.
        text += u' ' + row.majors.join(u'、') + u' '
            + (row.studentCount() ? QCoreApplication::translate("x1::Merge", "%1人").arg(row.students) : row.students);
        if (!row.remark.isEmpty())
            text += u' ' + row.remark;
        if (!row.evidence.isEmpty())
            text += QCoreApplication::translate("x1::Merge", "（附条件佐证）");
        parts << text;
    }
    return parts.join(u'；');
}

} // namespace x1
