// The editing document on a workbook of 2,000 schools / 10,000 rows (issue: one field edit
// stored and re-checked ≤ 5 ms, median; opening the workbook as a document ≤ 100 ms).
//   cmake --build build --target bench_document && build/bench/bench_document [runs] [folder]
// The folder holds the workbook (default: a temporary folder). On a RAM disk (/dev/shm) the
// figures are the core's own work; on a real disk each edit also waits for the disk's syncs,
// whose cost the "machine's limit" line measures.
// Each edit is timed from the call to the findings being current again: normalised, written in
// its own transaction, applied, re-checked.
#include "bench_support.h"

#include "document/workbook_document.h"
#include "storage/sqlite_connection.h"
#include "storage/workbook_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace x1;

namespace {

std::unique_ptr<WorkbookDocument> opened(const QString& path)
{
    Result<std::unique_ptr<WorkbookDocument>> document = WorkbookDocument::open(path);
    if (!document || !(*document)->isEditable())
        std::abort();
    return std::move(document).value();
}

// Times `edits` edits, each followed by reading the findings (the re-check).
bench::Figures timeEdits(WorkbookDocument& document, int edits, const std::function<FieldAddress(int)>& address,
                         const std::function<QString(int)>& value)
{
    int i = 0;
    return bench::measure(edits, [&] {
        if (!document.setField(address(i), value(i)))
            std::abort();
        if (document.findings().isEmpty())
            std::abort();
        ++i;
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 201;
    QTemporaryDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/x1bench-XXXXXX")
                               : QDir::tempPath() + QStringLiteral("/x1bench-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("bench.x1db"));
    const Workbook workbook = bench::generatedWorkbook(2000, 5);
    if (!WorkbookFile::create(path, workbook))
        return 1;
    std::printf("workbook: %d schools, %d rows; %d edits of each kind after 1 warm-up\n",
                int(workbook.schools.size()), workbook.rowCount(), runs);

    // The machine's limit for an edit saved at once: one SQLite transaction that changes one small
    // row, with the workbook's journal settings, on the same disk (its cost is the disk's syncs).
    {
        const QString floorPath = dir.filePath(QStringLiteral("floor.db"));
        SqliteConnection floor(floorPath, SqliteConnection::Mode::ReadWrite);
        if (!floor.exec(QStringLiteral("PRAGMA journal_mode = DELETE; CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);"
                                       "INSERT INTO t VALUES (1, 'a')")))
            return 1;
        SqliteStatement update = floor.prepare(QStringLiteral("UPDATE t SET v = ? WHERE id = 1"));
        int n = 0;
        bench::print("machine's limit: one 1-row SQLite commit", bench::measure(runs, [&] {
            floor.begin();
            update.bind(0, QString::number(++n));
            update.exec();
            floor.commit();
        }));
    }
    bench::print("read the file (WorkbookFile::read)", bench::measure(15, [&] {
        if (!WorkbookFile::read(path))
            std::abort();
    }));
    bench::print("open as a document (lock, store, model)", bench::measure(15, [&] { opened(path); }));

    std::unique_ptr<WorkbookDocument> document = opened(path);
    std::printf("findings: %d\n", int(document->findings().size()));
    const int schools = int(workbook.schools.size());
    bench::print("edit 学生规模 of a row + re-check", timeEdits(*document, runs, [&](int i) {
        return FieldAddress::of((i * 37) % schools, i % 5, RowField::Students);
    }, [](int i) { return QString::number(40 + i % 200); }));
    bench::print("edit 备注 of a row + re-check", timeEdits(*document, runs, [&](int i) {
        return FieldAddress::of((i * 53) % schools, i % 5, RowField::Remark);
    }, [](int i) { return QStringLiteral("说明%1").arg(i); }));
    bench::print("edit 学校标识码 of a school + re-check", timeEdits(*document, runs, [&](int i) {
        return FieldAddress::of((i * 71) % schools, SchoolField::SchoolCode);
    }, [](int i) { return QStringLiteral("51%1").arg(i, 8, 10, QLatin1Char('0')); }));
    bench::print("edit 联系人 (header: re-checks all)", timeEdits(*document, 21, [](int) {
        return FieldAddress::of(HeaderField::Contact);
    }, [](int i) { return QStringLiteral("联系人%1").arg(i); }));
    const School model = document->workbook().schools.first();
    int added = 0;
    bench::print("add a school + re-check", bench::measure(41, [&] {
        School school = model;
        school.name = QStringLiteral("新增第%1职业学校").arg(++added);
        if (!document->insertSchool((added * 97) % schools, school) || document->findings().isEmpty())
            std::abort();
    }));
    bench::print("remove a school + re-check", bench::measure(41, [&] {
        if (!document->removeSchool((added-- * 89) % schools) || document->findings().isEmpty())
            std::abort();
    }));
    // The parts of a row edit: writing it (normalise, transaction, model) and re-checking.
    int i = 0;
    bench::print("  of which: the edit written, no re-check", bench::measure(runs, [&] {
        if (!document->setField(FieldAddress::of((i * 37) % schools, i % 5, RowField::Students), QString::number(50 + i % 200)))
            std::abort();
        ++i;
    }));
    document->findings();
    return 0;
}
