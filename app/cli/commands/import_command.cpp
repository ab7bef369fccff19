#include "../workbook_access.h"

#include "merge/merger.h"
#include "merge/source_reader.h"
#include "util/clock.h"

namespace x1::cli {

int runImport(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption onConflict(QStringLiteral("on-conflict"),
                                        tr("冲突处理：keep-both（默认）、fail、first、newest"), QStringLiteral("POLICY"),
                                        QStringLiteral("keep-both"));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("任何来源无法读取时什么也不写"));
    const QCommandLineOption report(QStringLiteral("report"), tr("把导入结果另存为 JSON"), QStringLiteral("FILE.json"));
    parser.addOptions({onConflict, strict, report});
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("要导入到的工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("来源：.x1db、.json、.xlsx、.xls"), QStringLiteral("SOURCE..."));
    if (int exit = parseOptions(context, parser, commandNamed("import"), 2, -1); exit >= 0)
        return exit;

    const QStringList positional = parser.positionalArguments();
    const QString path = positional.first();
    std::optional<Workbook> workbook = openForEditing(context, path);
    if (!workbook)
        return NothingDone;

    QList<SourceData> sources;
    QStringList refused;
    for (const QString& sourcePath : positional.mid(1)) {
        Result<SourceData> source = readSource(sourcePath);
        if (!source) {
            refused << source.message();
            context.err << tr("已拒绝来源：%1").arg(source.message()) << '\n';
            continue;
        }
        sources << std::move(source).value();
    }
    if (sources.isEmpty() || (parser.isSet(strict) && !refused.isEmpty())) {
        context.err << tr("没有导入任何内容，%1 保持原样").arg(path) << '\n';
        return NothingDone;
    }
    qsizetype cellIssues = 0;
    for (const SourceData& source : sources)
        for (const CellIssue& issue : source.issues) {
            context.err << tr("未能理解的单元格：%1 工作表“%2”%3“%4”：%5")
                               .arg(issue.file, issue.sheet, issue.cell, issue.text, issue.reason)
                        << '\n';
            ++cellIssues;
        }
    const MergeSummary summary = mergeSources(*workbook, sources, ConflictPolicy::KeepBoth, Clock::now());
    if (!save(context, path, *workbook))
        return NothingDone;
    context.err << tr("读取来源 %1 个，新增学校 %2 所，合并相同的重复 %3 所，冲突 %4 处，拒绝来源 %5 个")
                       .arg(summary.sourcesRead).arg(summary.schoolsAdded).arg(summary.duplicatesFolded)
                       .arg(summary.conflicts).arg(refused.size())
                << '\n';
    if (cellIssues > 0)
        context.err << tr("未能理解的单元格 %1 个（见上）").arg(cellIssues) << '\n';
    return (refused.isEmpty() && summary.conflicts == 0 && cellIssues == 0) ? Done : Reservations;
}

} // namespace x1::cli
