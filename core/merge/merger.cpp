#include "merge/merger.h"

#include "merge/school_content.h"
#include "merge/school_identity.h"
#include "merge/school_order.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace x1 {

namespace {

struct Version {
    School school;
    int rank = -1;        // position of its source as named; -1: already in the target
    QDate date;           // 填报日期 of the version, for Newest
    int sourceIndex = -1; // into the sources being merged; -1: already in the target
    bool dropped = false;
};

class Merge {
public:
    Merge(Workbook& target, const QList<SourceData>& sources, const MergeOptions& options)
        : m_target(target), m_sources(sources), m_options(options)
    {
        m_summary.policy = options.policy;
        m_summary.sourcesRead = int(sources.size());
    }

    MergeSummary run(const Catalog& catalog);

private:
    Workbook& m_target;
    const QList<SourceData>& m_sources;
    const MergeOptions& m_options;
    MergeSummary m_summary;
    std::vector<Version> m_versions;
    SchoolIndex m_index;
    QHash<QString, int> m_sourceIdBySha;
    QHash<int, QDate> m_dateBySourceId;
    int m_nextSourceId = 1;
    int m_lastGroup = 0;
    QHash<int, int> m_conflictOfVersion;     // version position -> index into m_conflictVersions
    QList<QList<int>> m_conflictVersions;    // per conflict, the positions of its versions
    QHash<int, QSet<QString>> m_foldedNames; // source index -> schools of it folded into others

    void takeTargetSchools();
    void takeSource(int index);
    int registerSource(Source source, bool importedNow);
    void place(Version version);
    bool beats(const Version& a, const Version& b) const;
    static void takeProvenance(Version& holder, const Version& copy);
    void recordConflict(const QList<int>& matches, int newPosition);
    void carryExplanations(const QList<int>& order);
    void adoptHeader();
    void finishConflicts();
};

void Merge::takeTargetSchools()
{
    for (const Source& source : std::as_const(m_target.sources)) {
        m_sourceIdBySha.insert(source.sha256, source.id);
        m_dateBySourceId.insert(source.id, source.fillDate);
        m_nextSourceId = std::max(m_nextSourceId, source.id + 1);
    }
    for (const School& school : std::as_const(m_target.schools)) {
        Version version;
        version.school = school;
        version.date = m_dateBySourceId.value(school.sourceId, m_target.header.fillDate);
        m_lastGroup = std::max(m_lastGroup, school.conflictGroup);
        m_index.add(school, int(m_versions.size()));
        m_versions.push_back(version);
    }
}

int Merge::registerSource(Source source, bool importedNow)
{
    if (const auto known = m_sourceIdBySha.constFind(source.sha256); known != m_sourceIdBySha.constEnd())
        return *known;
    source.id = m_nextSourceId++;
    if (importedNow)
        source.importedAt = m_options.now;
    m_sourceIdBySha.insert(source.sha256, source.id);
    m_dateBySourceId.insert(source.id, source.fillDate);
    m_target.sources << source;
    return source.id;
}

void Merge::takeSource(int index)
{
    const SourceData& data = m_sources[index];
    if (m_sourceIdBySha.contains(data.source.sha256)) {
        ++m_summary.sourcesAlreadyImported;
        return;
    }
    const int outerId = registerSource(data.source, true);
    // A merged workbook read again (a 市州 workbook at the province) keeps its schools' provenance.
    QHash<int, int> innerIds;
    for (const Source& inner : data.workbook.sources)
        innerIds.insert(inner.id, registerSource(inner, false));
    for (const School& school : data.workbook.schools) {
        Version version;
        version.school = school;
        version.school.sourceId = innerIds.value(school.sourceId, outerId);
        version.school.conflictGroup = 0;
        version.school.sortKey.clear();
        version.rank = index;
        version.sourceIndex = index;
        const QDate innerDate = m_dateBySourceId.value(version.school.sourceId);
        version.date = innerDate.isValid() ? innerDate : data.source.fillDate;
        place(std::move(version));
    }
}

void Merge::takeProvenance(Version& holder, const Version& copy)
{
    holder.school.sourceId = copy.school.sourceId;
    holder.rank = copy.rank;
    holder.date = copy.date;
    holder.sourceIndex = copy.sourceIndex;
}

bool Merge::beats(const Version& a, const Version& b) const
{
    if (m_options.policy == ConflictPolicy::Newest && a.date != b.date)
        return a.date > b.date;
    return a.rank < b.rank;
}

void Merge::place(Version version)
{
    QList<int> matches;
    for (int position : m_index.find(version.school)) {
        if (!m_versions[size_t(position)].dropped)
            matches << position;
    }
    const int position = int(m_versions.size());
    if (matches.isEmpty()) {
        ++m_summary.schoolsAdded;
        m_index.add(version.school, position);
        m_versions.push_back(std::move(version));
        return;
    }
    for (int match : matches) {
        Version& holder = m_versions[size_t(match)];
        if (sameContent(holder.school, version.school)) {
            ++m_summary.duplicatesFolded;
            m_foldedNames[version.sourceIndex].insert(version.school.name);
            // The copy that would win a conflict speaks for the folded school, whatever the order met.
            const bool ranked = m_options.policy == ConflictPolicy::First || m_options.policy == ConflictPolicy::Newest;
            if (ranked && holder.rank >= 0 && beats(version, holder))
                takeProvenance(holder, version);
            return;
        }
        // The same form with blanks filled in elsewhere (an Excel form beside the school's workbook).
        if (std::optional<School> combined = filledIn(holder.school, version.school)) {
            ++m_summary.duplicatesFolded;
            m_foldedNames[version.sourceIndex].insert(version.school.name);
            if (holder.rank >= 0 && detailsGiven(version.school) > detailsGiven(holder.school))
                takeProvenance(holder, version);
            const int sourceId = holder.school.sourceId;
            holder.school = *combined;
            holder.school.sourceId = sourceId;
            m_index.add(holder.school, match);
            return;
        }
    }
    switch (m_options.policy) {
    case ConflictPolicy::KeepBoth:
    case ConflictPolicy::Fail: {
        int group = 0;
        for (int match : matches)
            group = group != 0 ? group : m_versions[size_t(match)].school.conflictGroup;
        if (group == 0)
            group = ++m_lastGroup;
        for (int match : matches)
            m_versions[size_t(match)].school.conflictGroup = group;
        version.school.conflictGroup = group;
        m_index.add(version.school, position);
        break;
    }
    case ConflictPolicy::First:
    case ConflictPolicy::Newest: {
        const bool wins = std::all_of(matches.begin(), matches.end(),
                                      [&](int match) { return beats(version, m_versions[size_t(match)]); });
        if (wins) {
            for (int match : matches)
                m_versions[size_t(match)].dropped = true;
            m_index.add(version.school, position);
        } else {
            version.dropped = true;
        }
        break;
    }
    }
    m_versions.push_back(std::move(version));
    recordConflict(matches, position);
}

void Merge::recordConflict(const QList<int>& matches, int newPosition)
{
    int conflict = -1;
    for (int match : matches)
        conflict = conflict >= 0 ? conflict : m_conflictOfVersion.value(match, -1);
    if (conflict < 0) {
        conflict = int(m_conflictVersions.size());
        m_conflictVersions << matches;
        for (int match : matches)
            m_conflictOfVersion.insert(match, conflict);
    }
    m_conflictVersions[conflict] << newPosition;
    m_conflictOfVersion.insert(newPosition, conflict);
}

void Merge::finishConflicts()
{
    for (const QList<int>& positions : std::as_const(m_conflictVersions)) {
        MergeConflict conflict;
        for (int position : positions) {
            const Version& version = m_versions[size_t(position)];
            ConflictVersion entry;
            entry.school = version.school;
            entry.kept = !version.dropped;
            entry.fillDate = version.date;
            // The version's own source: for a school of a merged workbook, the file it came from.
            if (const Source* source = m_target.sourceById(version.school.sourceId)) {
                entry.sourceFile = source->fileName;
                entry.sha256 = source->sha256;
            }
            conflict.versions << entry;
        }
        conflict.school = conflict.versions.first().school.name;
        conflict.schoolCode = conflict.versions.first().school.schoolCode;
        m_summary.conflicts << conflict;
    }
}

// Explanations attach to findings of a school ("CODE|school|certificate|major"); those of the
// schools a source still speaks for are carried over, the first met kept. Whole-workbook ones
// (W07, W09) concern the source's own form and stay behind.
void Merge::carryExplanations(const QList<int>& order)
{
    QHash<int, QSet<QString>> namesBySource = m_foldedNames;
    for (const Version& version : m_versions) {
        if (version.sourceIndex >= 0 && !version.dropped)
            namesBySource[version.sourceIndex].insert(version.school.name);
    }
    for (int index : order) {
        const QSet<QString> names = namesBySource.value(index);
        const QMap<QString, QString>& explanations = m_sources[index].workbook.explanations;
        for (auto it = explanations.begin(); it != explanations.end(); ++it) {
            const QString school = it.key().section(u'|', 1, 1);
            if (!school.isEmpty() && names.contains(school) && !m_target.explanations.contains(it.key()))
                m_target.explanations.insert(it.key(), it.value());
        }
    }
}

void Merge::adoptHeader()
{
    Header& target = m_target.header;
    for (const SourceData& data : m_sources) {
        const Header& source = data.workbook.header;
        if (target.unit.isEmpty() && !source.unit.isEmpty()) {
            target.unit = source.unit;
            target.unitKind = source.unitKind;
        }
        if (target.contact.isEmpty())
            target.contact = source.contact;
        if (target.phone.isEmpty())
            target.phone = source.phone;
    }
}

MergeSummary Merge::run(const Catalog& catalog)
{
    const Workbook original = m_target;
    QList<int> order(m_sources.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_sources[a].source.sha256 < m_sources[b].source.sha256;
    });
    takeTargetSchools();
    for (int index : order)
        takeSource(index);
    finishConflicts();
    if (m_options.policy == ConflictPolicy::Fail && !m_summary.conflicts.isEmpty()) {
        m_target = original;
        return m_summary;
    }
    m_target.schools.clear();
    for (const Version& version : m_versions) {
        if (!version.dropped)
            m_target.schools << version.school;
    }
    carryExplanations(order);
    if (m_options.adoptHeader)
        adoptHeader();
    sortSchools(m_target.schools, m_target.sources, catalog);
    return m_summary;
}

} // namespace

MergeSummary mergeSources(Workbook& target, const QList<SourceData>& sources, const MergeOptions& options,
                          const Catalog& catalog)
{
    return Merge(target, sources, options).run(catalog);
}

} // namespace x1
