#include "merge/merge_summary.h"

#include "interchange/model_json.h"
#include "merge/school_content.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::MergeSummary)
};

QJsonObject versionToJson(const ConflictVersion& version)
{
    return QJsonObject{{u"source"_qs, version.sourceFile},
                       {u"sha256"_qs, version.sha256},
                       {u"fillDate"_qs, version.fillDate.toString(Qt::ISODate)},
                       {u"kept"_qs, version.kept},
                       {u"school"_qs, schoolToJson(version.school)}};
}

} // namespace

int MergeSummary::conflictsLeft() const
{
    return policy == ConflictPolicy::KeepBoth || policy == ConflictPolicy::Fail ? int(conflicts.size()) : 0;
}

QJsonObject MergeSummary::toJson() const
{
    QJsonArray conflictArray;
    for (const MergeConflict& conflict : conflicts) {
        QJsonArray versions;
        for (const ConflictVersion& version : conflict.versions)
            versions.append(versionToJson(version));
        conflictArray.append(QJsonObject{
            {u"school"_qs, conflict.school}, {u"schoolCode"_qs, conflict.schoolCode}, {u"versions"_qs, versions}});
    }
    QJsonArray refusedArray;
    for (const RefusedSource& source : refused)
        refusedArray.append(QJsonObject{{u"file"_qs, source.file}, {u"reason"_qs, source.reason}});
    QJsonArray cells;
    for (const CellIssue& issue : cellsNotUnderstood) {
        cells.append(QJsonObject{{u"file"_qs, issue.file},
                                 {u"sheet"_qs, issue.sheet},
                                 {u"cell"_qs, issue.cell},
                                 {u"text"_qs, issue.text},
                                 {u"reason"_qs, issue.reason}});
    }
    return QJsonObject{{u"policy"_qs, conflictPolicyName(policy)},
                       {u"sourcesRead"_qs, sourcesRead},
                       {u"sourcesAlreadyImported"_qs, sourcesAlreadyImported},
                       {u"schoolsAdded"_qs, schoolsAdded},
                       {u"duplicatesFolded"_qs, duplicatesFolded},
                       {u"conflicts"_qs, conflictArray},
                       {u"conflictsLeft"_qs, conflictsLeft()},
                       {u"refused"_qs, refusedArray},
                       {u"cellsNotUnderstood"_qs, cells},
                       {u"written"_qs, written}};
}

QString MergeSummary::toText() const
{
    QString text = Text::tr("读取来源 %1 个（其中 %2 个已导入过），新增学校 %3 所，合并相同的重复 %4 所，冲突 %5 处，拒绝来源 %6 个，无法识别的单元格 %7 个")
                       .arg(sourcesRead).arg(sourcesAlreadyImported).arg(schoolsAdded).arg(duplicatesFolded)
                       .arg(conflicts.size()).arg(refused.size()).arg(cellsNotUnderstood.size())
        + u'\n';
    for (const RefusedSource& source : refused)
        text += Text::tr("已拒绝来源 %1：%2").arg(source.file, source.reason) + u'\n';
    for (const CellIssue& issue : cellsNotUnderstood)
        text += Text::tr("无法识别：%1 工作表“%2”单元格 %3“%4”：%5").arg(issue.file, issue.sheet, issue.cell, issue.text, issue.reason)
            + u'\n';
    for (const MergeConflict& conflict : conflicts) {
        text += Text::tr("冲突：%1").arg(conflict.school) + u'\n';
        for (const ConflictVersion& version : conflict.versions) {
            const QString from = version.sourceFile.isEmpty() ? Text::tr("工作簿中原有") : version.sourceFile;
            const QString state = policy == ConflictPolicy::KeepBoth || policy == ConflictPolicy::Fail
                ? QString()
                : (version.kept ? Text::tr("【保留】") : Text::tr("【舍弃】"));
            text += u"  " + state + Text::tr("来自 %1（填报日期 %2）：%3").arg(from, version.fillDate.toString(Qt::ISODate),
                                                                   versionSummary(version.school))
                + u'\n';
        }
    }
    if (policy == ConflictPolicy::Fail && !conflicts.isEmpty())
        text += Text::tr("存在冲突，按 --on-conflict fail 未写入任何内容；可改用 first、newest，或用 import 保留两个版本后再 resolve") + u'\n';
    else if (policy == ConflictPolicy::KeepBoth && !conflicts.isEmpty())
        text += Text::tr("冲突的学校保留了各个版本（E13），请用 x1apply-cli resolve 选择要保留的版本") + u'\n';
    return text;
}

} // namespace x1
