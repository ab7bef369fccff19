#include "merge/merge_files.h"

#include "catalog/catalog.h"
#include "merge/source_batch.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace x1 {

namespace {

// The cells not understood of the sources imported now: a file imported before is skipped and
// reports nothing again.
QList<CellIssue> newCellIssues(const QList<SourceData>& read, const Workbook& workbook)
{
    QSet<QString> known;
    for (const Source& source : workbook.sources)
        known.insert(source.sha256);
    QList<CellIssue> issues;
    for (const SourceData& data : read) {
        if (!known.contains(data.source.sha256))
            issues << data.issues;
    }
    return issues;
}

} // namespace

MergeRun mergeFiles(Workbook& workbook, const MergeRequestCore& request, const Progress& progress)
{
    QStringList paths = request.paths;
    QList<RefusedSource> refusedHere;
    if (!request.targetPath.isEmpty()) {
        const QString target = QFileInfo(request.targetPath).canonicalFilePath();
        for (qsizetype i = paths.size() - 1; i >= 0; --i) {
            if (QFileInfo(paths[i]).canonicalFilePath() == target) {
                refusedHere.prepend({paths[i], QCoreApplication::translate("x1::cli", "这是要导入到的工作簿本身")});
                paths.removeAt(i);
            }
        }
    }
    SourceBatch batch = readSources(paths, 0, progress);
    MergeRun run;
    if (batch.cancelled) {
        run.outcome = MergeRun::Outcome::Cancelled;
        return run;
    }
    batch.refused = refusedHere + batch.refused;
    run.summary.policy = request.options.policy;
    run.summary.sourcesRead = int(batch.read.size());
    run.summary.refused = batch.refused;
    run.summary.cellsNotUnderstood = batch.cellsNotUnderstood;
    if (batch.read.isEmpty()) {
        run.outcome = MergeRun::Outcome::NothingRead;
        return run;
    }
    if (request.strict && !batch.refused.isEmpty()) {
        run.outcome = MergeRun::Outcome::StrictRefused;
        return run;
    }
    Workbook merged = workbook;
    MergeOptions options = request.options;
    if (!options.now.isValid())
        options.now = Clock::now();
    MergeSummary summary = mergeSources(merged, batch.read, options, Catalog::builtIn());
    summary.refused = run.summary.refused;
    summary.cellsNotUnderstood = newCellIssues(batch.read, workbook);
    run.summary = summary;
    if (progress.cancelled()) {
        run.outcome = MergeRun::Outcome::Cancelled;
        return run;
    }
    if (request.options.policy == ConflictPolicy::Fail && !summary.conflicts.isEmpty()) {
        run.outcome = MergeRun::Outcome::FailedOnConflict;
        return run;
    }
    workbook = std::move(merged);
    return run;
}

} // namespace x1
