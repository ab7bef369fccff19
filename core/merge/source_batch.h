#pragma once

#include "merge/merge_summary.h"
#include "merge/source_reader.h"
#include "util/progress.h"

#include <QList>
#include <QStringList>

namespace x1 {

// The sources of one import or merge, read; those that could not be read, with the reason.
struct SourceBatch {
    QList<SourceData> read;         // in the order named
    QList<RefusedSource> refused;   // in the order named
    QList<CellIssue> cellsNotUnderstood;
    bool cancelled = false;         // the user cancelled: the batch is incomplete, use none of it
};

// Reads every source (readSource) on up to `threads` threads (0: one per core), reporting each
// file as it is read and stopping early when cancelled. Never modifies a source file.
SourceBatch readSources(const QStringList& paths, int threads = 0, const Progress& progress = {});

} // namespace x1
