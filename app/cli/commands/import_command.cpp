#include "../workbook_access.h"

#include "merge_common.h"
#include "storage/workbook_file.h"

namespace x1::cli {

int runImport(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption onConflict(QStringLiteral("on-conflict"),
                                        tr("冲突处理：keep-both（默认，保留各版本直到 resolve）、fail、first、newest"),
                                        QStringLiteral("POLICY"));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("任何来源无法读取时什么也不写"));
    const QCommandLineOption report(QStringLiteral("report"), tr("把导入结果另存为 JSON"), QStringLiteral("FILE.json"));
    parser.addOptions({onConflict, strict, report});
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("要导入到的工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("来源：.x1db、.json、.xlsx、.xls，或含有这些文件的文件夹"), QStringLiteral("SOURCE..."));
    if (int exit = parseOptions(context, parser, commandNamed("import"), 2, -1); exit >= 0)
        return exit;

    MergeRequest request;
    const std::optional<ConflictPolicy> policy = policyFromOption(context, parser, onConflict, ConflictPolicy::KeepBoth);
    if (!policy)
        return NothingDone;
    request.policy = *policy;
    request.strict = parser.isSet(strict);
    request.reportPath = parser.value(report);

    const QStringList positional = parser.positionalArguments();
    const QString path = positional.first();
    request.targetPath = path;
    std::optional<Workbook> workbook = openForEditing(context, path);
    if (!workbook)
        return NothingDone;
    return mergeAndStore(context, *workbook, positional.mid(1), request,
                         [&path](const Workbook& merged) { return WorkbookFile::write(path, merged); });
}

} // namespace x1::cli
