#include "merge/merger.h"

#include <QHash>

namespace x1 {

namespace {

QString nameKey(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace())
            key += c;
    }
    return key;
}

// Content that must agree for two copies of a school to be the same (provenance aside).
bool sameContent(const School& a, const School& b)
{
    return a.name == b.name && a.schoolCode == b.schoolCode && a.type == b.type
        && a.affiliation == b.affiliation && a.city == b.city && a.tiers == b.tiers && a.rows == b.rows;
}

int nextSourceId(const Workbook& workbook)
{
    int id = 0;
    for (const Source& source : workbook.sources)
        id = std::max(id, source.id);
    return id + 1;
}

int nextConflictGroup(const Workbook& workbook)
{
    int group = 0;
    for (const School& school : workbook.schools)
        group = std::max(group, school.conflictGroup);
    return group + 1;
}

void adoptHeader(Header& target, const Header& source)
{
    if (target.unit.isEmpty() && !source.unit.isEmpty()) {
        target.unit = source.unit;
        if (target.unitKind.isEmpty())
            target.unitKind = source.unitKind;
    }
    if (target.contact.isEmpty())
        target.contact = source.contact;
    if (target.phone.isEmpty())
        target.phone = source.phone;
}

} // namespace

bool sameSchool(const School& a, const School& b)
{
    if (!a.schoolCode.isEmpty() && !b.schoolCode.isEmpty())
        return a.schoolCode == b.schoolCode;
    return nameKey(a.name) == nameKey(b.name);
}

MergeSummary mergeSources(Workbook& target, const QList<SourceData>& sources,
                          ConflictPolicy policy, const QDateTime& now)
{
    Q_UNUSED(policy);
    MergeSummary summary;
    for (const SourceData& data : sources) {
        ++summary.sourcesRead;
        const bool seen = std::any_of(target.sources.begin(), target.sources.end(),
                                      [&](const Source& s) { return s.sha256 == data.source.sha256; });
        if (seen) {
            ++summary.sourcesSkipped;
            continue;
        }
        adoptHeader(target.header, data.workbook.header);

        Source source = data.source;
        source.id = nextSourceId(target);
        source.importedAt = now;
        target.sources << source;

        // Provenance a source already carries (a 市州 workbook at the province) is kept.
        QHash<int, int> sourceIdMap;
        for (const Source& inner : data.workbook.sources) {
            Source copy = inner;
            copy.id = nextSourceId(target);
            sourceIdMap.insert(inner.id, copy.id);
            target.sources << copy;
        }

        for (School school : data.workbook.schools) {
            school.sourceId = school.sourceId == 0 ? source.id : sourceIdMap.value(school.sourceId, source.id);
            school.conflictGroup = 0;
            auto existing = std::find_if(target.schools.begin(), target.schools.end(),
                                         [&](const School& s) { return sameSchool(s, school); });
            if (existing == target.schools.end()) {
                target.schools << school;
                ++summary.schoolsAdded;
            } else if (sameContent(*existing, school)) {
                ++summary.duplicatesFolded;
            } else {
                if (existing->conflictGroup == 0) {
                    existing->conflictGroup = nextConflictGroup(target);
                    ++summary.conflicts;
                }
                school.conflictGroup = existing->conflictGroup;
                target.schools << school;
            }
        }
        for (auto it = data.workbook.explanations.begin(); it != data.workbook.explanations.end(); ++it) {
            if (!target.explanations.contains(it.key()))
                target.explanations.insert(it.key(), it.value());
        }
    }
    return summary;
}

} // namespace x1
