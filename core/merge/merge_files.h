#pragma once

#include "merge/merger.h"
#include "util/progress.h"

#include <QStringList>

namespace x1 {

// One import or merge of files into a workbook, as the console and the window run it.
struct MergeRequestCore {
    QStringList paths;      // the source files (folders already expanded)
    QString targetPath;     // the workbook itself, refused as a source; empty for a new one
    MergeOptions options;   // an invalid `now` is the time of the call
    bool strict = false;    // a refused source stops the whole merge
};

struct MergeRun {
    MergeSummary summary;
    enum class Outcome {
        Merged,        // `workbook` holds the result (it may equal what it was)
        NothingRead,   // no source could be read; `workbook` is unchanged
        StrictRefused, // --strict and a source was refused; unchanged
        FailedOnConflict, // the policy fail met a conflict; unchanged
        Cancelled,     // the user cancelled; unchanged
    } outcome = Outcome::Merged;
};

// Reads the sources (on every core, reporting each file), then merges them into `workbook`.
// Nothing is written: the caller stores the result. Sources are never modified.
MergeRun mergeFiles(Workbook& workbook, const MergeRequestCore& request, const Progress& progress = {});

} // namespace x1
