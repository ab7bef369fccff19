#pragma once

// The working state of one merge (merger.h), shared by the files that implement it:
// merger.cpp (the run), merge_placement.cpp (finding, folding, conflicts), merge_records.cpp
// (sources, explanations, header, the list of conflicts).
#include "merge/merger.h"
#include "merge/school_identity.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace x1::merging {

// One copy of a school met while merging.
struct Version {
    School school;
    int rank = -1;        // position of its source as named; -1: already in the target
    QDate date;           // 填报日期 of the version, for Newest
    int sourceIndex = -1; // into the sources being merged; -1: already in the target
    bool dropped = false;
};

class MergeSession {
public:
    MergeSession(Workbook& target, const QList<SourceData>& sources, const MergeOptions& options)
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

} // namespace x1::merging
