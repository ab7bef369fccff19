#include "merge/conflict_resolver.h"

#include "merge/school_identity.h"

#include <QCoreApplication>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::ConflictResolver)
};

bool namesSchool(const School& school, const QString& text)
{
    return school.schoolCode == text.trimmed() || schoolNameKey(school.name) == schoolNameKey(text);
}

QString describeSource(const Workbook& workbook, int sourceId)
{
    const Source* source = workbook.sourceById(sourceId);
    return source ? source->fileName + u" (" + source->sha256.left(12) + u')' : Text::tr("（本工作簿中录入）");
}

} // namespace

QList<const Source*> sourcesNamed(const Workbook& workbook, const QString& text)
{
    const QString wanted = text.trimmed();
    QList<const Source*> found;
    for (const Source& source : workbook.sources) {
        if (source.fileName == wanted)
            found << &source;
    }
    if (found.isEmpty() && wanted.size() >= 4) {
        for (const Source& source : workbook.sources) {
            if (source.sha256.startsWith(wanted.toLower()))
                found << &source;
        }
    }
    return found;
}

Result<QString> resolveConflict(Workbook& workbook, const QString& school, const QString& source)
{
    int group = 0;
    bool known = false;
    for (const School& candidate : workbook.schools) {
        if (!namesSchool(candidate, school))
            continue;
        known = true;
        group = group != 0 ? group : candidate.conflictGroup;
    }
    if (!known)
        return Error{Text::tr("找不到学校“%1”").arg(school)};
    if (group == 0)
        return Error{Text::tr("学校“%1”没有未解决的冲突").arg(school)};

    QStringList offered;
    QList<qsizetype> versions;
    for (qsizetype i = 0; i < workbook.schools.size(); ++i) {
        if (workbook.schools[i].conflictGroup == group) {
            versions << i;
            offered << describeSource(workbook, workbook.schools[i].sourceId);
        }
    }
    QList<qsizetype> chosen;
    for (const Source* named : sourcesNamed(workbook, source)) {
        for (qsizetype i : versions) {
            if (workbook.schools[i].sourceId == named->id)
                chosen << i;
        }
    }
    if (chosen.size() != 1) {
        const QString why = chosen.isEmpty() ? Text::tr("“%1”不是这所学校任何一个版本的来源").arg(source)
                                             : Text::tr("“%1”对应多个版本，请给出更长的 SHA-256 前缀").arg(source);
        return Error{why + Text::tr("；可选的来源：%1").arg(offered.join(Text::tr("、", "list separator")))};
    }
    School kept = workbook.schools[chosen.first()];
    kept.conflictGroup = 0;
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        if (versions[i] == chosen.first())
            workbook.schools[versions[i]] = kept;
        else
            workbook.schools.removeAt(versions[i]);
    }
    return kept.name;
}

} // namespace x1
