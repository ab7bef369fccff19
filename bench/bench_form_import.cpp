// Reading the hand-filled forms of a folder, in-process: the spreadsheet readers and the form
// recogniser alone (no workbook, no SQLite), one thread, then through readSources as import does.
//   cmake --build build --target bench_form_import && build/bench/bench_form_import /tmp/forms1000 [--once]
#include "bench_support.h"

#include "handfilled/form_reader.h"
#include "merge/source_batch.h"
#include "spreadsheet/spreadsheet_file.h"

#include <QCoreApplication>
#include <QDir>

using namespace x1;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/forms1000");
    QStringList paths;
    for (const QString& name : QDir(folder).entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.xls")}, QDir::Files, QDir::Name))
        paths << QDir(folder).filePath(name);
    std::printf("%lld files in %s\n", static_cast<long long>(paths.size()), qPrintable(folder));

    if (argc > 2 && QByteArray(argv[2]) == "--once") { // one pass, for callgrind or perf
        for (const QString& path : paths)
            (void)readFormFile(path);
        return 0;
    }
    int cells = 0;
    bench::print("cell grids (zip + XML), 1 thread", bench::measure(5, [&] {
        cells = 0;
        for (const QString& path : paths)
            if (Result<SpreadsheetBook> book = readSpreadsheetFile(path))
                cells += book->sheets.front().cellCount();
    }));
    int rows = 0;
    bench::print("forms recognised, 1 thread", bench::measure(5, [&] {
        rows = 0;
        for (const QString& path : paths)
            if (Result<SourceData> form = readFormFile(path))
                rows += form->workbook.rowCount();
    }));
    bench::print("readSources (SHA-256 too), all cores", bench::measure(5, [&] { readSources(paths); }));
    std::printf("%d cells, %d rows\n", cells, rows);
    return 0;
}
