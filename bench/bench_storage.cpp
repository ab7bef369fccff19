// Creates, saves and reopens a workbook of 2,000 schools / 10,000 rows (issue: aim < 300 ms each).
//   cmake --build build --target bench_storage && build/bench/bench_storage [runs]
#include "bench_support.h"

#include "storage/workbook_file.h"

#include <QFile>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace x1;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 9;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.x1db"));
    const Workbook workbook = bench::generatedWorkbook(2000, 5);
    std::printf("workbook: %d schools, %d rows; %d runs after 1 warm-up\n", int(workbook.schools.size()),
                workbook.rowCount(), runs);

    bench::print("create (new file, all rows)", bench::measure(runs, [&] {
        QFile::remove(path);
        if (!WorkbookFile::create(path, workbook))
            std::abort();
    }));
    bench::print("save (replace content of existing file)", bench::measure(runs, [&] {
        if (!WorkbookFile::write(path, workbook))
            std::abort();
    }));
    bench::print("reopen (read everything)", bench::measure(runs, [&] {
        Result<Workbook> read = WorkbookFile::read(path);
        if (!read || read->rowCount() != workbook.rowCount())
            std::abort();
    }));
    return 0;
}
