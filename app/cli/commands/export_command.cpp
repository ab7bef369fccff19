#include "../workbook_access.h"

#include "export/workbook_export.h"

#include <QDir>

namespace x1::cli {

namespace {

QString fontFileText(const QString& file)
{
    return file.isEmpty() ? tr("文件未找到，字体表经 Qt 读取") : QDir::toNativeSeparators(file);
}

} // namespace

int runExport(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), tr("导出为 Excel 申报表"), QStringLiteral("OUT.xlsx"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("导出为 PDF（用于盖章）"), QStringLiteral("OUT.pdf"));
    const QCommandLineOption json(QStringLiteral("json"), tr("导出为 JSON 交换文件"), QStringLiteral("OUT.json"));
    const QCommandLineOption noSelfCheck(QStringLiteral("no-self-check"), tr("Excel 申报表不附“条件自查”工作表"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("说明所用的字体及其文件"));
    parser.addOptions({xlsx, pdf, json, noSelfCheck, verbose});
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    if (int exit = parseOptions(context, parser, commandNamed("export"), 1, 1); exit >= 0)
        return exit;
    if (!parser.isSet(xlsx) && !parser.isSet(pdf) && !parser.isSet(json)) {
        context.err << tr("请至少指定 --xlsx、--pdf 或 --json 之一") << '\n' << usageOf(commandNamed("export")) << '\n';
        return NothingDone;
    }
    const std::optional<Workbook> workbook = openForReading(context, parser.positionalArguments().first());
    if (!workbook)
        return NothingDone;
    const ExportRequest request{parser.value(xlsx), parser.value(pdf), parser.value(json), !parser.isSet(noSelfCheck)};
    const Result<ExportOutcome> exported = exportWorkbook(*workbook, request);
    if (!exported) {
        context.err << exported.message() << '\n';
        return NothingDone;
    }
    if (parser.isSet(pdf) && parser.isSet(verbose)) {
        const pdf::PdfFontsUsed& fonts = exported->fonts;
        context.err << tr("PDF 正文字体：%1（%2）").arg(fonts.textFamily, fontFileText(fonts.textFile)) << '\n';
        context.err << tr("PDF 标题字体：%1（%2）").arg(fonts.headingFamily, fontFileText(fonts.headingFile)) << '\n';
    }
    for (const QString& path : exported->written)
        context.err << tr("已导出 %1").arg(QDir::toNativeSeparators(path)) << '\n';
    const bool printed = parser.isSet(xlsx) || parser.isSet(pdf);
    const bool draftWithErrors = printed && !exported->draftMark.isEmpty() && exported->errors > 0;
    if (printed && !exported->draftMark.isEmpty())
        context.err << (draftWithErrors ? tr("工作簿尚未定稿，还有 %1 个错误：导出的是草稿，每页印有“%2”")
                                              .arg(exported->errors)
                                              .arg(exported->draftMark)
                                        : tr("工作簿尚未定稿：导出的是草稿，每页印有“%1”；定稿后再导出的才是报送件")
                                              .arg(exported->draftMark))
                    << '\n';
    // The one line of stdout, in every language (CLI.md: scripts read it): the code of what was
    // written, whatever the formats.
    context.out << QStringLiteral("校验码: %1").arg(exported->verificationCode) << '\n';
    return draftWithErrors ? Reservations : Done;
}

} // namespace x1::cli
