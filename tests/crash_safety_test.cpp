// What a process killed while writing leaves behind, and how x1apply reads it afterwards.
#include "support/catch.h"
#include "support/test_files.h"

#include "interchange/json_file.h"
#include "storage/sqlite_connection.h"
#include "storage/workbook_file.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <random>

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

namespace {

QString integrityOf(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    SqliteStatement check = connection.prepare(u"PRAGMA integrity_check"_qs);
    return check.next() ? check.text(0) : connection.lastError();
}

struct Killable {
    QProcessEnvironment environment;
    // Runs x1apply-cli; kills it (SIGKILL on Unix, TerminateProcess on Windows) after `killAfterMs`
    // unless it finished; -1 when killed or crashed, else its exit code.
    int run(const QStringList& arguments, int killAfterMs = -1) const
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(X1_CLI_PATH), arguments);
        if (!process.waitForStarted())
            return -2;
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        process.waitForFinished(120000);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

} // namespace

// Every writing command, killed at random moments (seeded): the workbook always opens, passes
// SQLite's integrity check and holds exactly its state before the command or the state the same
// command gives when it runs to its end (found by running it on a copy) — never half of one. The
// sources stay untouched; exports and merges leave no half-written file under the target's name.
// X1_KILL_ROUNDS sets the number of kills (default 36; the long run uses 500).
TEST_CASE("import, merge, set, explain, resolve, finalize and export killed at random moments never leave half a command", "[crash][kill]")
{
    Scratch scratch;
    const QString path = scratch.path(u"成都市.x1db"_qs);
    Workbook start = sampleWorkbook(30, 3);
    REQUIRE(WorkbookFile::create(path, start).ok());
    const QString conflicting = scratch.path(u"重报.json"_qs);
    Workbook resent = sampleWorkbook(1, 2);
    resent.schools[0].rows[0].students = u"999"_qs;
    REQUIRE(writeJsonFile(conflicting, resent).ok());
    const QStringList sources = {dataFile(u"forms/01_merged_school_cells.xlsx"_qs),
                                 dataFile(u"forms/21_same_school_further_down.xlsx"_qs), conflicting};
    QMap<QString, QString> sourceHashes;
    for (const QString& source : sources)
        sourceHashes.insert(source, sha256Of(source));
    const QString merged = scratch.path(u"汇总.x1db"_qs);
    const QString pdf = scratch.path(u"申报表.pdf"_qs);

    auto command = [&](int round, const QString& workbook) -> QStringList {
        const QString school = u"四川第%1职业技术学院"_qs.arg(1 + round % 30);
        switch (round % 9) {
        case 0: return {u"import"_qs, workbook, sources[0], sources[1]};
        case 1: return {u"set"_qs, workbook, u"--contact"_qs, u"联系人%1"_qs.arg(round)};
        case 2: return {u"explain"_qs, workbook, u"W05"_qs, u"--school"_qs, school, u"--text"_qs, u"第%1轮的说明文字"_qs.arg(round)};
        case 3: return {u"import"_qs, workbook, conflicting};
        case 4: return {u"resolve"_qs, workbook, u"四川第1职业技术学院"_qs, u"--keep"_qs, u"重报.json"_qs};
        case 5: return {u"add-row"_qs, workbook, school, u"--certificate"_qs, u"物流管理"_qs, u"--remark"_qs, u"第%1轮"_qs.arg(round)};
        case 6: return {u"finalize"_qs, workbook};
        case 7: return {u"merge"_qs, merged, workbook, sources[0], u"--unit"_qs, u"成都市教育局"_qs, u"--force"_qs};
        default: return {u"export"_qs, workbook, u"--pdf"_qs, pdf};
        }
    };

    Killable cli;
    cli.environment = QProcessEnvironment::systemEnvironment();
    cli.environment.insert(u"X1APPLY_NOW"_qs, u"2019-04-23T09:00:00"_qs); // the same state twice
    cli.environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    const int rounds = qEnvironmentVariableIsSet("X1_KILL_ROUNDS") ? qEnvironmentVariableIntValue("X1_KILL_ROUNDS") : 36;
    std::mt19937 random(20190426);
    int killed = 0, completed = 0;
    for (int round = 0; killed < rounds && round < rounds * 6; ++round) {
        INFO("round " << round << ": " << command(round, path).join(u' ').toStdString());
        const Workbook before = WorkbookFile::read(path).value();

        // The state the command gives when it runs to its end, on a copy.
        const QString reference = scratch.path(u"参照.x1db"_qs);
        QFile::remove(reference);
        REQUIRE(QFile::copy(path, reference));
        QElapsedTimer timer;
        timer.start();
        const int referenceExit = cli.run(command(round, reference));
        const int took = std::max(2, int(timer.elapsed()));
        const Workbook after = WorkbookFile::read(reference).value();

        const int exit = cli.run(command(round, path), std::uniform_int_distribution<int>(0, took * 3 / 2)(random));
        if (exit == -1)
            ++killed;
        else
            ++completed;
        REQUIRE(integrityOf(path) == u"ok"_qs);
        const Result<Workbook> state = WorkbookFile::read(path);
        REQUIRE(state.ok());
        if (exit == -1)
            CHECK((*state == before || *state == after));
        else {
            CHECK(exit == referenceExit);
            CHECK(*state == after);
        }
        if (round % 9 == 7 && QFile::exists(merged)) {
            CHECK(integrityOf(merged) == u"ok"_qs);
            CHECK(WorkbookFile::read(merged).ok());
        }
        if (round % 9 == 8 && QFile::exists(pdf))
            CHECK(readBytes(pdf).trimmed().endsWith("%%EOF")); // whole, never half-written
    }
    CHECK(killed >= rounds);
    CHECK(completed > 0);
    for (auto it = sourceHashes.begin(); it != sourceHashes.end(); ++it)
        CHECK(sha256Of(it.key()) == it.value());

    // What a killed run left beside its target is gone after the next run to that target: the
    // merge's and the export's temporaries, the edit lock (taken over by the next edit).
    REQUIRE(cli.run(command(7, path)) != -1);
    REQUIRE(cli.run(command(8, path)) != -1);
    // (A round's 定稿 may have succeeded: then the edit that takes the lock over is 取消定稿.)
    const QStringList finalEdit = WorkbookFile::read(path).value().finalisation.isFinal()
        ? QStringList{u"reopen"_qs, path} : command(1, path);
    QProcess edit;
    edit.start(QStringLiteral(X1_CLI_PATH), finalEdit);
    REQUIRE(edit.waitForFinished(60000));
    INFO(QString::fromUtf8(edit.readAllStandardError()).toStdString());
    REQUIRE(edit.exitCode() == 0);
    const QStringList left = QDir(scratch.dir().path()).entryList({u".~*"_qs}, QDir::Files | QDir::Hidden);
    CHECK(left.join(u' ') == QString());
}

// Two offices' clerks (or one clerk's two windows) import into the same workbook at the same
// moment: each import is done, one after the other, or refused with the file named busy — never
// lost, never a damaged file.
TEST_CASE("two processes importing into one workbook at once: both done, or the second told the file is busy", "[crash][writers]")
{
    Scratch scratch;
    const QString path = scratch.path(u"共用.x1db"_qs);
    Workbook start = sampleWorkbook(1, 1);
    start.header.unit = u"成都市教育局"_qs;
    REQUIRE(WorkbookFile::create(path, start).ok());
    QStringList sources;
    for (int i = 0; i < 16; ++i) {
        Workbook school = sampleWorkbook(1, 2);
        school.schools[0].name = u"并发第%1职业学校"_qs.arg(i + 1);
        school.schools[0].schoolCode = u"52%1"_qs.arg(i + 1, 8, 10, QLatin1Char('0'));
        sources << scratch.path(u"学校%1.json"_qs.arg(i + 1));
        REQUIRE(writeJsonFile(sources.last(), school).ok());
    }

    QStringList imported;
    int busy = 0;
    for (int pair = 0; pair < 8; ++pair) {
        QProcess first, second;
        first.start(QStringLiteral(X1_CLI_PATH), {u"import"_qs, path, sources[2 * pair]});
        second.start(QStringLiteral(X1_CLI_PATH), {u"import"_qs, path, sources[2 * pair + 1]});
        REQUIRE(first.waitForFinished(60000));
        REQUIRE(second.waitForFinished(60000));
        for (auto [process, source] : {std::pair{&first, sources[2 * pair]}, std::pair{&second, sources[2 * pair + 1]}}) {
            const QString err = QString::fromUtf8(process->readAllStandardError());
            INFO(err.toStdString());
            if (process->exitCode() == 0) {
                imported << QFileInfo(source).completeBaseName();
            } else {
                CHECK(process->exitCode() == 2);
                CHECK(err.contains(u"正在被另一个 x1apply 编辑"));
                ++busy;
            }
        }
        REQUIRE(integrityOf(path) == u"ok"_qs);
    }
    // Every import that said it was done is there, and nothing else was added.
    const Workbook after = WorkbookFile::read(path).value();
    QStringList schools;
    for (const School& school : after.schools)
        if (school.name.startsWith(u"并发"))
            schools << school.name;
    CHECK(schools.size() == imported.size());
    CHECK(schools.size() + busy == 16);
    for (const QString& name : imported)
        CHECK(schools.contains(u"并发第%1职业学校"_qs.arg(name.mid(2).toInt())));
}
