#include "merge_common.h"

#include "catalog/catalog.h"
#include "merge/merger.h"
#include "merge/source_batch.h"
#include "util/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace x1::cli {

namespace {

void writeReport(Context& context, const QString& path, const MergeSummary& summary)
{
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        context.err << tr("%1：无法写入报告（%2）").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
}

// A folder given as a source stands for the sources in it (.x1db, .json, .xlsx, .xls), by name.
QStringList expandFolders(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        const QDir dir(path);
        const QStringList names = dir.entryList({QStringLiteral("*.x1db"), QStringLiteral("*.json"), QStringLiteral("*.xlsx"),
                                                 QStringLiteral("*.xls")},
                                                QDir::Files, QDir::Name);
        for (const QString& name : names)
            files << dir.filePath(name);
    }
    return files;
}

int finish(Context& context, const MergeRequest& request, const MergeSummary& summary, int exitCode)
{
    context.err << summary.toText();
    writeReport(context, request.reportPath, summary);
    return exitCode;
}

} // namespace

std::optional<ConflictPolicy> policyFromOption(Context& context, const QCommandLineParser& parser,
                                               const QCommandLineOption& option, ConflictPolicy byDefault)
{
    if (!parser.isSet(option))
        return byDefault;
    const std::optional<ConflictPolicy> policy = conflictPolicyFromName(parser.value(option));
    if (!policy)
        context.err << tr("--on-conflict 的值“%1”无效；应为 keep-both、fail、first 或 newest").arg(parser.value(option))
                    << '\n';
    return policy;
}

int mergeAndStore(Context& context, Workbook& workbook, const QStringList& sourcePaths, const MergeRequest& request,
                  const std::function<Status(const Workbook&)>& store)
{
    QStringList paths = expandFolders(sourcePaths);
    QList<RefusedSource> refusedHere;
    if (!request.targetPath.isEmpty()) {
        const QString target = QFileInfo(request.targetPath).canonicalFilePath();
        for (qsizetype i = paths.size() - 1; i >= 0; --i) {
            if (QFileInfo(paths[i]).canonicalFilePath() == target) {
                refusedHere.prepend({paths[i], tr("这是要导入到的工作簿本身")});
                paths.removeAt(i);
            }
        }
    }
    SourceBatch batch = readSources(paths);
    batch.refused = refusedHere + batch.refused;
    MergeSummary summary;
    summary.policy = request.policy;
    summary.sourcesRead = int(batch.read.size());
    summary.refused = batch.refused;
    summary.cellsNotUnderstood = batch.cellsNotUnderstood;
    if (batch.read.isEmpty()) {
        context.err << tr("没有可读取的来源，什么也没有写入") << '\n';
        return finish(context, request, summary, NothingDone);
    }
    if (request.strict && !batch.refused.isEmpty()) {
        context.err << tr("有来源被拒绝，按 --strict 什么也没有写入") << '\n';
        return finish(context, request, summary, NothingDone);
    }

    const Workbook original = workbook;
    MergeOptions options;
    options.policy = request.policy;
    options.now = Clock::now();
    options.adoptHeader = request.adoptHeader;
    MergeSummary merged = mergeSources(workbook, batch.read, options, Catalog::builtIn());
    merged.refused = summary.refused;
    merged.cellsNotUnderstood = summary.cellsNotUnderstood;
    if (request.policy == ConflictPolicy::Fail && !merged.conflicts.isEmpty())
        return finish(context, request, merged, Reservations);
    if (request.alwaysStore || !(workbook == original)) {
        if (Status status = store(workbook); !status) {
            context.err << status.message() << '\n';
            return finish(context, request, merged, NothingDone);
        }
        merged.written = true;
    }
    return finish(context, request, merged, merged.clean() ? Done : Reservations);
}

} // namespace x1::cli
