#pragma once

#include "merge/merge_summary.h"
#include "merge/source_reader.h"

#include <QList>
#include <QStringList>

namespace x1 {

// The sources of one import or merge, read; those that could not be read, with the reason.
struct SourceBatch {
    QList<SourceData> read;         // in the order named
    QList<RefusedSource> refused;   // in the order named
    QList<CellIssue> cellsNotUnderstood;
};

// Reads every source (readSource) on up to `threads` threads (0: one per core). Never modifies
// a source file.
SourceBatch readSources(const QStringList& paths, int threads = 0);

} // namespace x1
