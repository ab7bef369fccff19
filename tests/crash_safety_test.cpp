// What a process killed while writing leaves behind, and how x1apply reads it afterwards.
#include "support/catch.h"
#include "support/test_files.h"

#include "storage/sqlite_connection.h"
#include "storage/workbook_file.h"

#include <QDir>
#include <QFile>

using namespace x1;
using namespace x1::test;

namespace {

// A workbook as a writer killed in the middle of a transaction leaves it: the file holds part of
// the transaction (every row's 学生规模 set to 9999) and a hot rollback journal lies beside it.
// Made by copying the file and its journal while a transaction is open: a copy holds no lock.
void leaveHotJournal(const QString& original, const QString& killed)
{
    SqliteConnection writer(original, SqliteConnection::Mode::ReadWrite);
    REQUIRE(writer.exec(u"PRAGMA cache_size = 1"_qs).ok()); // spill changed pages into the file at once
    REQUIRE(writer.begin());
    REQUIRE(writer.exec(u"UPDATE certificate_row SET students = '9999'"_qs).ok());
    REQUIRE(QFile::exists(original + u"-journal"_qs));
    REQUIRE(QFile::copy(original, killed));
    REQUIRE(QFile::copy(original + u"-journal"_qs, killed + u"-journal"_qs));
    writer.rollback();
}

} // namespace

TEST_CASE("a workbook left with a hot journal reads as its last committed state, and the next write restores it", "[crash]")
{
    Scratch scratch;
    const QString original = scratch.path(u"原件.x1db"_qs);
    const Workbook workbook = sampleWorkbook(60, 5);
    REQUIRE(WorkbookFile::create(original, workbook).ok());
    const QString path = scratch.path(u"中断.x1db"_qs);
    leaveHotJournal(original, path);
    const QString fileHash = sha256Of(path);
    const QString journalHash = sha256Of(path + u"-journal"_qs);

    // Reading neither fails, nor alarms, nor writes the file (it may be a source).
    const Result<Workbook> read = WorkbookFile::read(path);
    INFO(read.message().toStdString());
    REQUIRE(read.ok());
    CHECK(read->schools == workbook.schools);
    for (const QString& command : {u"stats"_qs, u"check"_qs, u"sources"_qs}) {
        const CliRun run = runCli({command, path});
        INFO(command.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode != 2);
        CHECK_FALSE(run.err.contains(u"损坏"));
    }
    const QString pdf = scratch.path(u"申报表.pdf"_qs);
    CHECK(runCli({u"export"_qs, path, u"--pdf"_qs, pdf}).exitCode == 0);
    CHECK(sha256Of(path) == fileHash);
    CHECK(sha256Of(path + u"-journal"_qs) == journalHash);

    // As a source of a merge: read as committed, and left as it is.
    const QString merged = scratch.path(u"汇总.x1db"_qs);
    CHECK(runCli({u"merge"_qs, merged, path, u"--unit"_qs, u"成都市教育局"_qs}).exitCode != 2);
    CHECK(WorkbookFile::read(merged).value().rowCount() == workbook.rowCount());
    CHECK(sha256Of(path) == fileHash);

    // The next write rolls the journal back in the file itself, then writes.
    CHECK(runCli({u"set"_qs, path, u"--contact"_qs, u"李梅"_qs}).exitCode == 0);
    CHECK_FALSE(QFile::exists(path + u"-journal"_qs));
    SqliteConnection check(path, SqliteConnection::Mode::ReadOnly);
    SqliteStatement integrity = check.prepare(u"PRAGMA integrity_check"_qs);
    REQUIRE(integrity.next());
    CHECK(integrity.text(0) == u"ok"_qs);
    const Workbook after = WorkbookFile::read(path).value();
    CHECK(after.schools == workbook.schools);
    CHECK(after.header.contact == u"李梅"_qs);
}
