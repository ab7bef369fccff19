#include "merge/merge_session.h"

#include "merge/school_content.h"

#include <algorithm>

namespace x1::merging {

void MergeSession::takeProvenance(Version& holder, const Version& copy)
{
    holder.school.sourceId = copy.school.sourceId;
    holder.rank = copy.rank;
    holder.date = copy.date;
    holder.sourceIndex = copy.sourceIndex;
}

bool MergeSession::beats(const Version& a, const Version& b) const
{
    if (m_options.policy == ConflictPolicy::Newest && a.date != b.date)
        return a.date > b.date;
    return a.rank < b.rank;
}

void MergeSession::place(Version version)
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
    }
    for (int match : matches) {
        Version& holder = m_versions[size_t(match)];
        // The same form with blanks filled in elsewhere (an Excel form beside the school's workbook).
        if (std::optional<School> combined = filledIn(holder.school, version.school)) {
            ++m_summary.duplicatesFolded;
            m_foldedNames[version.sourceIndex].insert(version.school.name);
            if (holder.rank >= 0 && detailsGiven(version.school) > detailsGiven(holder.school))
                takeProvenance(holder, version);
            const int sourceId = holder.school.sourceId;
            holder.school = *combined;
            holder.school.sourceId = sourceId;
            holder.school.sortKey.clear(); // a 市（州） filled in moves it
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

void MergeSession::recordConflict(const QList<int>& matches, int newPosition)
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

} // namespace x1::merging
