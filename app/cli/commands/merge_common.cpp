#include "merge_common.h"

#include "catalog/catalog.h"
#include "merge/merger.h"
#include "merge/merge_files.h"
#include "util/clock.h"
#include "util/file_errors.h"

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
        context.err << tr("%1：无法写入报告（%2）").arg(QDir::toNativeSeparators(path), fileErrorText(file)) << '\n';
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
    MergeRequestCore core;
    core.paths = sourceFilesIn(sourcePaths);
    core.targetPath = request.targetPath;
    core.options.policy = request.policy;
    core.options.now = Clock::now();
    core.options.adoptHeader = request.adoptHeader;
    core.strict = request.strict;
    const Workbook original = workbook;
    MergeRun run = mergeFiles(workbook, core);
    switch (run.outcome) {
    case MergeRun::Outcome::NothingRead:
        context.err << tr("没有可读取的来源，什么也没有写入") << '\n';
        return finish(context, request, run.summary, NothingDone);
    case MergeRun::Outcome::StrictRefused:
        context.err << tr("有来源被拒绝，按 --strict 什么也没有写入") << '\n';
        return finish(context, request, run.summary, NothingDone);
    case MergeRun::Outcome::FailedOnConflict:
        return finish(context, request, run.summary, Reservations);
    case MergeRun::Outcome::Cancelled:
    case MergeRun::Outcome::Merged:
        break;
    }
    if (request.alwaysStore || !(workbook == original)) {
        if (Status status = store(workbook); !status) {
            context.err << status.message() << '\n';
            return finish(context, request, run.summary, NothingDone);
        }
        run.summary.written = true;
    }
    return finish(context, request, run.summary, run.summary.clean() ? Done : Reservations);
}

} // namespace x1::cli
