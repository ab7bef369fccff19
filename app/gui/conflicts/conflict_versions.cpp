#include "conflict_versions.h"

#include <QCoreApplication>
#include <QMap>

namespace x1::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::gui::ConflictVersions)
};

} // namespace

QList<ConflictGroup> conflictGroups(const Workbook& workbook)
{
    QList<ConflictGroup> groups;
    QMap<int, qsizetype> position;
    for (int i = 0; i < workbook.schools.size(); ++i) {
        const School& school = workbook.schools[i];
        if (school.conflictGroup == 0)
            continue;
        auto it = position.find(school.conflictGroup);
        if (it == position.end()) {
            it = position.insert(school.conflictGroup, groups.size());
            groups.append(ConflictGroup{school.conflictGroup, school.name, {}});
        }
        groups[*it].schools << i;
    }
    return groups;
}

QList<VersionLine> versionLines(const School& school)
{
    QList<VersionLine> lines = {
        {Text::tr("学校名称"), school.name},
        {Text::tr("学校标识码"), school.schoolCode},
        {Text::tr("学校类型"), school.type},
        {Text::tr("隶属"), school.affiliation},
        {Text::tr("市（州）"), school.city},
        {Text::tr("质量层次"), school.tiers.join(Text::tr("、"))},
    };
    for (int r = 0; r < school.rows.size(); ++r) {
        const CertificateRow& row = school.rows[r];
        lines.append({Text::tr("证书行 %1").arg(r + 1),
                      Text::tr("%1｜%2｜%3｜专业数量 %4｜学生 %5")
                          .arg(row.certificate, row.levels.join(Text::tr("、")), row.majors.join(Text::tr("、")),
                               row.printedMajorCount(), row.students)});
    }
    return lines;
}

} // namespace x1::gui
