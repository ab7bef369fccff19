#pragma once

#include "merge/conflict_policy.h"
#include "merge/merge_summary.h"
#include "merge/source_reader.h"
#include "model/workbook.h"

#include <QDateTime>
#include <QList>

namespace x1 {

class Catalog;

struct MergeOptions {
    ConflictPolicy policy = ConflictPolicy::KeepBoth;
    QDateTime now;            // the import time recorded for each source
    bool adoptHeader = true;  // the target's empty 报送单位/联系人/电话 are taken from the first source
};

// Adds the schools of `sources` (in the order named) to `target`:
// - a source whose SHA-256 is already among the target's sources changes nothing;
// - a school is found by its identity (sameSchool); identical duplicates fold into one;
// - different data for one school is a conflict, handled by the policy; with Fail and any
//   conflict the target is left as it was;
// - every school remembers its source (a workbook source keeps its own schools' provenance and
//   explanations);
// - the schools are stored in the order of the merged form (school_order.h).
// Sources are taken in the order of their SHA-256, so that the result does not depend on the
// order they are named in (except where the policy says so: first, ties of newest).
MergeSummary mergeSources(Workbook& target, const QList<SourceData>& sources, const MergeOptions& options,
                          const Catalog& catalog);

} // namespace x1
