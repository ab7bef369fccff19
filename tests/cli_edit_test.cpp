#include "support/catch.h"
#include "support/test_files.h"

#include "storage/edit_lock.h"
#include "storage/sqlite_connection.h"
#include "storage/workbook_file.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <random>

using namespace x1;
using namespace x1::test;

namespace {

QString newWorkbook(const Scratch& scratch, const Workbook& workbook, const QString& name = u"学校.x1db"_qs)
{
    const QString path = scratch.path(name);
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    return path;
}

Workbook stored(const QString& path)
{
    Result<Workbook> workbook = WorkbookFile::read(path);
    INFO(workbook.message().toStdString());
    REQUIRE(workbook.ok());
    return std::move(workbook).value();
}

QString integrityOf(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    SqliteStatement check = connection.prepare(u"PRAGMA integrity_check"_qs);
    return check.next() ? check.text(0) : connection.lastError();
}

} // namespace

TEST_CASE("add-school and add-row type a school and its row as an import would read them", "[cli][edit]")
{
    Scratch scratch;
    const QString path = newWorkbook(scratch, sampleWorkbook(2, 1));

    const CliRun school = runCli({u"add-school"_qs, path, u"--name"_qs, u"  宜宾职业技术学校 "_qs, u"--type"_qs,
                                  u"中职"_qs, u"--city"_qs, u"宜宾"_qs, u"--code"_qs, u"５１００００１２３４"_qs});
    INFO(school.err.toStdString());
    CHECK(school.exitCode == 0);
    CHECK(school.err.contains(u"已新增学校“宜宾职业技术学校”"));

    const CliRun row = runCli({u"add-row"_qs, path, u"5100001234"_qs, u"--certificate"_qs, u"web前端"_qs,
                               u"--levels"_qs, u"初、中级"_qs, u"--majors"_qs, u"计算机应用\n软件与信息服务"_qs,
                               u"--students"_qs, u"１２０人"_qs, u"--team-size"_qs, u"１０"_qs,
                               u"--dual-qualified"_qs, u"6人"_qs, u"--training"_qs, u"有"_qs});
    INFO(row.err.toStdString());
    CHECK(row.exitCode == 0);
    CHECK(row.err.contains(u"新增第 1 行（Web前端开发）"));

    const Workbook workbook = stored(path);
    REQUIRE(workbook.schools.size() == 3);
    const auto added = std::find_if(workbook.schools.begin(), workbook.schools.end(),
                                    [](const School& s) { return s.name == u"宜宾职业技术学校"_qs; });
    REQUIRE(added != workbook.schools.end());
    CHECK(added->type == u"中职"_qs);
    CHECK(added->city == u"宜宾市"_qs);
    CHECK(added->schoolCode == u"5100001234"_qs);
    REQUIRE(added->rows.size() == 1);
    const CertificateRow& typed = added->rows.first();
    CHECK(typed.certificate == u"Web前端开发"_qs);
    CHECK(typed.levels == QStringList{u"初级"_qs, u"中级"_qs});
    CHECK(typed.majors == QStringList{u"计算机应用"_qs, u"软件与信息服务"_qs});
    CHECK(typed.students == u"120"_qs);
    CHECK(typed.evidence.teamSize == 10);
    CHECK(typed.evidence.dualQualified == 6);
    REQUIRE(typed.evidence.trainingExperience.answer.has_value());
    CHECK(*typed.evidence.trainingExperience.answer);
    CHECK_FALSE(QFile::exists(EditLock::lockPath(path)));
}

TEST_CASE("set-school, set-row and remove-row change only what they name", "[cli][edit]")
{
    Scratch scratch;
    const Workbook before = sampleWorkbook(2, 3);
    const QString path = newWorkbook(scratch, before);
    const QString school = before.schools[1].name;

    CHECK(runCli({u"set-school"_qs, path, school, u"--affiliation"_qs, u"省属"_qs}).exitCode == 0);
    const CliRun setRow = runCli({u"set-row"_qs, path, school, u"2"_qs, u"--students"_qs, u"８０人"_qs,
                                  u"--remark"_qs, u"校企合作班"_qs});
    INFO(setRow.err.toStdString());
    CHECK(setRow.exitCode == 0);
    CHECK(setRow.err.contains(u"已修改“%1”第 2 行"_qs.arg(school)));
    const QString third = before.schools[1].rows[2].certificate;
    const CliRun removed = runCli({u"remove-row"_qs, path, school, third});
    INFO(removed.err.toStdString());
    CHECK(removed.exitCode == 0);

    Workbook expected = before;
    expected.schools[1].affiliation = u"省属"_qs;
    expected.schools[1].rows[1].students = u"80"_qs;
    expected.schools[1].rows[1].remark = u"校企合作班"_qs;
    expected.schools[1].rows.removeAt(2);
    const Workbook after = stored(path);
    CHECK(after.schools[0] == expected.schools[0]);
    CHECK(after.schools[1].affiliation == expected.schools[1].affiliation);
    CHECK(after.schools[1].rows == expected.schools[1].rows);
}

TEST_CASE("the console's edit commands refuse what they cannot do and change nothing", "[cli][edit]")
{
    Scratch scratch;
    const Workbook workbook = sampleWorkbook(2, 2);
    const QString path = newWorkbook(scratch, workbook);
    const QString school = workbook.schools[0].name;
    const QString hash = sha256Of(path);

    struct Refusal {
        QStringList arguments;
        QString message;
    };
    const QList<Refusal> refusals = {
        {{u"set-row"_qs, path, school, u"1"_qs, u"--team-size"_qs, u"十来个"_qs}, u"十来个"_qs},
        {{u"set-row"_qs, path, school, u"1"_qs, u"--training"_qs, u"大概吧"_qs}, u"大概吧"_qs},
        {{u"set-school"_qs, path, school, u"--city"_qs, u"火星市"_qs}, u"火星市"_qs},
        {{u"set-school"_qs, path, school}, u"没有要修改的字段"_qs},
        {{u"set-row"_qs, path, school, u"7"_qs, u"--students"_qs, u"10"_qs}, u"没有第 7 行（共 2 行）"_qs},
        {{u"set-row"_qs, path, school, u"老年照护"_qs, u"--students"_qs, u"10"_qs}, u"没有证书为“老年照护”的行"_qs},
        {{u"remove-row"_qs, path, u"不存在的学校"_qs, u"1"_qs}, u"没有名称或学校标识码为“不存在的学校”的学校"_qs},
        {{u"add-school"_qs, path, u"--type"_qs, u"中职"_qs}, u"--name"_qs},
        {{u"add-row"_qs, path, school, u"--students"_qs, u"10"_qs}, u"--certificate"_qs},
    };
    for (const Refusal& refusal : refusals) {
        const CliRun run = runCli(refusal.arguments);
        INFO(refusal.arguments.join(u' ').toStdString() << " → " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(refusal.message));
        CHECK(sha256Of(path) == hash);
    }
    CHECK_FALSE(QFile::exists(EditLock::lockPath(path)));
}

TEST_CASE("while another x1apply edits a workbook, every console command that writes refuses it", "[cli][edit]")
{
    Scratch scratch;
    const Workbook workbook = sampleWorkbook(1, 1);
    const QString path = newWorkbook(scratch, workbook);
    const QString hash = sha256Of(path);
    Result<std::unique_ptr<EditLock>> held = EditLock::acquire(path);
    REQUIRE(held.ok());

    const QString school = workbook.schools[0].name;
    const QList<QStringList> writers = {
        {u"add-school"_qs, path, u"--name"_qs, u"新学校"_qs},
        {u"set-school"_qs, path, school, u"--type"_qs, u"高职"_qs},
        {u"add-row"_qs, path, school, u"--certificate"_qs, u"BIM"_qs},
        {u"set"_qs, path, u"--contact"_qs, u"李梅"_qs},
        {u"explain"_qs, path, u"W06"_qs, u"--school"_qs, school, u"--text"_qs, u"证据随纸质件报送"_qs},
        {u"finalize"_qs, path},
        {u"reopen"_qs, path},
    };
    for (const QStringList& arguments : writers) {
        const CliRun run = runCli(arguments);
        INFO(arguments.join(u' ').toStdString() << " → " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"正在被另一个 x1apply 编辑"));
    }
    CHECK(sha256Of(path) == hash);
    held.value().reset();
    CHECK(runCli({u"set"_qs, path, u"--contact"_qs, u"李梅"_qs}).exitCode == 0);
    CHECK(stored(path).header.contact == u"李梅"_qs);
}

TEST_CASE("a lock file left empty by a program killed while creating it is taken over", "[cli][edit]")
{
    Scratch scratch;
    const Workbook workbook = sampleWorkbook(1, 1);
    const QString path = newWorkbook(scratch, workbook);
    writeBytes(EditLock::lockPath(path), QByteArray());

    const CliRun run = runCli({u"set-row"_qs, path, workbook.schools[0].name, u"1"_qs, u"--remark"_qs, u"已核实"_qs});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(stored(path).schools[0].rows[0].remark == u"已核实"_qs);
    CHECK_FALSE(QFile::exists(EditLock::lockPath(path)));
}

// Console edits killed at random moments (SIGKILL on Unix, TerminateProcess on Windows): the
// workbook always opens, passes SQLite's integrity check, and holds every edit that a command
// reported done, whole. X1_KILL_ROUNDS sets the number of kills (default 30; the long run uses 500).
TEST_CASE("console edits killed at random moments never damage the workbook or lose a reported edit", "[cli][edit][kill]")
{
    Scratch scratch;
    const QString path = newWorkbook(scratch, sampleWorkbook(40, 3));
    const int rounds = qEnvironmentVariableIsSet("X1_KILL_ROUNDS") ? qEnvironmentVariableIntValue("X1_KILL_ROUNDS") : 30;
    std::mt19937 random(20191);

    // Each edit adds something that names its round, so what a command reported can be found.
    auto editOf = [&](int round) -> QStringList {
        if (round % 3 == 0)
            return {u"add-school"_qs, path, u"--name"_qs, u"第%1轮学校"_qs.arg(round), u"--type"_qs, u"中职"_qs,
                    u"--code"_qs, u"52%1"_qs.arg(round, 8, 10, QLatin1Char('0'))};
        return {u"add-row"_qs, path, u"四川第%1职业技术学院"_qs.arg(1 + round % 40), u"--certificate"_qs, u"物流管理"_qs,
                u"--students"_qs, QString::number(1000 + round), u"--remark"_qs, u"第%1轮"_qs.arg(round)};
    };
    QString lastOutput;
    auto run = [&](const QStringList& arguments, int killAfterMs) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(X1_CLI_PATH), arguments);
        REQUIRE(process.waitForStarted());
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        process.waitForFinished();
        lastOutput = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };

    // How long one edit takes here (the quickest of three: a first run is slow), so that kills
    // land before, during and after its write.
    int typicalMs = std::numeric_limits<int>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        REQUIRE(run({u"add-row"_qs, path, u"四川第1职业技术学院"_qs, u"--certificate"_qs, u"老年照护"_qs,
                     u"--remark"_qs, u"预热"_qs}, -1) == 0);
        typicalMs = std::min(typicalMs, std::max(2, int(timer.elapsed())));
    }
    // Up to twice that: about half the edits are killed, half run to their end.
    std::uniform_int_distribution<int> delay(0, 2 * typicalMs);

    QList<int> reported;
    int killed = 0;
    for (int round = 1; (killed < rounds || reported.isEmpty()) && round < rounds * 20; ++round) {
        const int exit = run(editOf(round), delay(random));
        if (exit == 0)
            reported << round;
        else if (exit == -1)
            ++killed;
        else
            FAIL("round " << round << " exited " << exit << ": " << lastOutput.toStdString());
        INFO("round " << round);
        REQUIRE(integrityOf(path) == u"ok"_qs);
        REQUIRE(WorkbookFile::read(path).ok());
    }
    CHECK(killed >= rounds);
    CHECK_FALSE(reported.isEmpty());

    const Workbook after = stored(path);
    for (int round : reported) {
        INFO("reported done: round " << round);
        int found = 0;
        for (const School& school : after.schools) {
            if (round % 3 == 0 && school.name == u"第%1轮学校"_qs.arg(round))
                found += school.type == u"中职"_qs ? 1 : 100;
            for (const CertificateRow& row : school.rows) {
                if (round % 3 != 0 && row.remark == u"第%1轮"_qs.arg(round))
                    found += row.students == QString::number(1000 + round) && row.certificate == u"物流管理"_qs ? 1 : 100;
            }
        }
        CHECK(found == 1);
    }
    // An edit that was killed is there whole or not at all.
    for (const School& school : after.schools) {
        for (const CertificateRow& row : school.rows) {
            if (row.remark.startsWith(u'第'))
                CHECK(row.students == QString::number(1000 + row.remark.mid(1).chopped(1).toInt()));
        }
    }
}
