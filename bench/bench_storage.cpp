// Creates, saves and reopens a workbook of 2,000 schools / 10,000 rows (issue: aim < 300 ms each).
//   cmake --build build --target bench_storage && build/bench/bench_storage [runs]
#include "bench_support.h"

#include "catalog/catalog.h"
#include "model/workbook.h"
#include "storage/workbook_file.h"

#include <QFile>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace x1;

static Workbook generated(int schools, int rowsPerSchool)
{
    const Catalog& catalog = Catalog::builtIn();
    Workbook workbook;
    workbook.header = {QStringLiteral("sc-2019"), QStringLiteral("四川省教育厅"), QString(), QStringLiteral("王伟"),
                       QStringLiteral("028-86110894"), QDate(2019, 4, 22)};
    for (int s = 0; s < schools; ++s) {
        School school;
        school.name = QStringLiteral("四川第%1职业技术学院").arg(s + 1);
        school.type = QStringLiteral("高职");
        school.city = catalog.cities().at(s % catalog.cities().size()).name;
        for (int r = 0; r < rowsPerSchool; ++r) {
            const CertificateInfo& c = catalog.certificates().at(r % catalog.certificates().size());
            CertificateRow row;
            row.certificate = c.name;
            row.levels = {QStringLiteral("初级"), QStringLiteral("中级")};
            row.majors = c.majorsByLevel.value(QStringLiteral("高职")).mid(0, 3);
            row.students = QString::number(30 + (s + r) % 300);
            row.evidence.teamSize = 10;
            row.evidence.dualQualified = 6;
            row.evidence.industryExperts = 2;
            school.rows << row;
        }
        workbook.schools << school;
    }
    return workbook;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 9;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.x1db"));
    const Workbook workbook = generated(2000, 5);
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
