// The phases of `export --xlsx`, in process: reading the workbook, the layout, the checks for
// the 条件自查 sheet, and writing. Whole-process figures against raw_xlsxwriter come from
// bench_export_xlsx.sh.
//
//   bench_export_xlsx WORKBOOK.x1db [RUNS]
#include "bench_support.h"

#include "catalog/catalog.h"
#include "printout/printed_form.h"
#include "rules/check_engine.h"
#include "storage/workbook_file.h"
#include "xlsx/form_xlsx_writer.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace x1;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_export_xlsx WORKBOOK.x1db [RUNS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const Catalog& catalog = Catalog::builtIn();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.xlsx"));

    Workbook workbook;
    bench::print("read workbook", bench::measure(runs, [&] { workbook = WorkbookFile::read(path).value(); }));
    PrintedForm form;
    bench::print("layout + verification code", bench::measure(runs, [&] { form = PrintedForm::of(workbook, catalog); }));
    QList<Finding> findings;
    bench::print("checks", bench::measure(runs, [&] { findings = checkWorkbook(workbook, catalog); }));
    QList<SelfCheckFinding> selfCheck;
    for (const Finding& f : findings)
        selfCheck.append({f.schoolIndex, f.rowIndex, f.code, f.message, f.explanation});
    bench::print("write xlsx, form only", bench::measure(runs, [&] {
        (void)writeFormXlsx(out, {form, workbook, 2019, {}});
    }));
    bench::print("write xlsx with findings", bench::measure(runs, [&] {
        (void)writeFormXlsx(out, {form, workbook, 2019, [&] { return selfCheck; }});
    }));
    std::printf("%lld rows, %lld findings\n", qlonglong(form.rows.size()), qlonglong(findings.size()));
    return 0;
}
