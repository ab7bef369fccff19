#include "../workbook_access.h"

#include "catalog/catalog.h"
#include "interchange/json_file.h"
#include "printout/printed_form.h"

namespace x1::cli {

// Each writes one file and returns false after printing the reason (export_xlsx.cpp, export_pdf.cpp).
bool exportXlsx(Context& context, const Workbook& workbook, const PrintedForm& form, const QString& path,
                bool withSelfCheck);
bool exportPdf(Context& context, const PrintedForm& form, const QString& path, bool verbose);

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
    // Computed once: the XLSX and the PDF render it, and its code is the line printed at the end.
    const PrintedForm form = PrintedForm::of(*workbook, Catalog::builtIn());
    if (parser.isSet(xlsx) && !exportXlsx(context, *workbook, form, parser.value(xlsx), !parser.isSet(noSelfCheck)))
        return NothingDone;
    if (parser.isSet(pdf) && !exportPdf(context, form, parser.value(pdf), parser.isSet(verbose)))
        return NothingDone;
    if (parser.isSet(json)) {
        if (Status status = writeJsonFile(parser.value(json), *workbook); !status) {
            context.err << status.message() << '\n';
            return NothingDone;
        }
        context.err << tr("已导出 %1").arg(parser.value(json)) << '\n';
    }
    // The one line of stdout, in every language (CLI.md: scripts read it): the code of what was
    // written, whatever the formats.
    context.out << QStringLiteral("校验码: %1").arg(form.verificationCode) << '\n';
    return Done;
}

} // namespace x1::cli
