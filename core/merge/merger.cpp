#include "merge/merger.h"

#include "merge/merge_session.h"
#include "merge/school_order.h"

#include <algorithm>
#include <numeric>

namespace x1 {

namespace merging {

MergeSummary MergeSession::run(const Catalog& catalog)
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

} // namespace merging

MergeSummary mergeSources(Workbook& target, const QList<SourceData>& sources, const MergeOptions& options,
                          const Catalog& catalog)
{
    return merging::MergeSession(target, sources, options).run(catalog);
}

} // namespace x1
