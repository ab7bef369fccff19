#include "stats/workbook_stats.h"

#include "catalog/catalog.h"

#include <QJsonArray>
#include <QSet>

namespace x1 {

namespace {
const QString unknownCity = QStringLiteral("未知");
}

WorkbookStats WorkbookStats::of(const Workbook& workbook, const Catalog& catalog)
{
    WorkbookStats stats;
    if (const FormProfile* profile = catalog.profile(workbook.header.profileId))
        stats.deadline = profile->deadline.toString(Qt::ISODate);
    QSet<int> countedGroups;
    for (const School& school : workbook.schools) {
        if (school.conflictGroup != 0) {
            if (countedGroups.contains(school.conflictGroup))
                continue; // a later version of a school already counted
            countedGroups.insert(school.conflictGroup);
            ++stats.conflicts;
        }
        ++stats.schools;
        ++stats.bySchoolType[school.type];
        CityStats& city = stats.byCity[school.city.isEmpty() ? unknownCity : school.city];
        ++city.schools;
        QSet<QString> certificatesOfSchool;
        for (const CertificateRow& row : school.rows) {
            const int students = row.studentCount().value_or(0);
            ++stats.rows;
            stats.students += students;
            ++city.rows;
            city.students += students;
            if (!catalog.certificate(row.certificate)) {
                ++stats.unknownCertificates;
                continue;
            }
            CertificateStats& certificate = stats.byCertificate[row.certificate];
            ++certificate.rows;
            certificate.students += students;
            if (!certificatesOfSchool.contains(row.certificate)) {
                certificatesOfSchool.insert(row.certificate);
                ++certificate.schools;
            }
            for (const QString& level : row.levels) {
                if (catalog.levels().contains(level))
                    ++certificate.levels[level];
            }
        }
    }
    return stats;
}

QJsonObject WorkbookStats::toJson(const Catalog& catalog) const
{
    QJsonObject certificates;
    for (auto it = byCertificate.begin(); it != byCertificate.end(); ++it) {
        QJsonObject levels;
        for (const QString& level : catalog.levels())
            levels[level] = it->levels.value(level);
        certificates[it.key()] = QJsonObject{{u"rows"_qs, it->rows},
                                             {u"schools"_qs, it->schools},
                                             {u"students"_qs, it->students},
                                             {u"levels"_qs, levels}};
    }
    QJsonObject types;
    for (auto it = bySchoolType.begin(); it != bySchoolType.end(); ++it)
        types[it.key()] = it.value();
    QJsonObject cities;
    for (auto it = byCity.begin(); it != byCity.end(); ++it) {
        cities[it.key()] = QJsonObject{
            {u"schools"_qs, it->schools}, {u"rows"_qs, it->rows}, {u"students"_qs, it->students}};
    }
    return QJsonObject{{u"schools"_qs, schools},
                       {u"rows"_qs, rows},
                       {u"students"_qs, students},
                       {u"conflicts"_qs, conflicts},
                       {u"deadline"_qs, deadline},
                       {u"byCertificate"_qs, certificates},
                       {u"bySchoolType"_qs, types},
                       {u"byCity"_qs, cities},
                       {u"unknownCertificates"_qs, unknownCertificates}};
}

} // namespace x1
