#include "support/catch.h"
#include "support/test_files.h"

#include "cli.h"
#include "storage/sqlite_connection.h"
#include "storage/workbook_file.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace x1;
using namespace x1::test;

namespace {

QJsonObject statsOf(const QString& path)
{
    const CliRun run = runCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

TEST_CASE("new then stats --json answers with the shape of CLI.md", "[cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    const CliRun created = runCli({QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("sc-2019"),
                                   QStringLiteral("--unit"), QStringLiteral("成都市教育局")});
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.isEmpty());
    CHECK(created.err.contains(QStringLiteral("已新建工作簿")));

    const QJsonObject stats = statsOf(path);
    CHECK(keysOf(stats) == QStringList{QStringLiteral("byCertificate"), QStringLiteral("byCity"), QStringLiteral("bySchoolType"),
                                       QStringLiteral("conflicts"), QStringLiteral("deadline"), QStringLiteral("rows"),
                                       QStringLiteral("schools"), QStringLiteral("students"), QStringLiteral("unknownCertificates")});
    CHECK(stats[u"schools"].toInt() == 0);
    CHECK(stats[u"rows"].toInt() == 0);
    CHECK(stats[u"deadline"].toString() == QStringLiteral("2019-04-26"));

    const Workbook workbook = WorkbookFile::read(path).value();
    CHECK(workbook.header.unit == QStringLiteral("成都市教育局"));
    CHECK(workbook.header.profileId == QStringLiteral("sc-2019"));
}

TEST_CASE("stats counts certificates, levels, school types and cities", "[cli][stats]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    Workbook workbook = sampleWorkbook(3, 2);
    workbook.schools[2].city.clear();
    workbook.schools[1].rows[1].certificate = QStringLiteral("无人机驾驶");
    workbook.schools[0].rows[0].levels = {QStringLiteral("高级")};
    REQUIRE(WorkbookFile::create(path, workbook).ok());

    const QJsonObject stats = statsOf(path);
    int students = 0;
    for (const School& school : workbook.schools)
        for (const CertificateRow& row : school.rows)
            students += row.students.toInt();
    CHECK(stats[u"schools"].toInt() == 3);
    CHECK(stats[u"rows"].toInt() == 6);
    CHECK(stats[u"students"].toInt() == students);
    CHECK(stats[u"unknownCertificates"].toInt() == 1);
    const QJsonObject bim = stats[u"byCertificate"][u"建筑信息模型（BIM）"].toObject();
    CHECK(bim[u"rows"].toInt() == 3);
    CHECK(bim[u"schools"].toInt() == 3);
    CHECK(bim[u"levels"][u"初级"].toInt() == 2);
    CHECK(bim[u"levels"][u"高级"].toInt() == 1);
    CHECK(stats[u"byCertificate"].toObject().keys().size() == 2);
    CHECK(stats[u"bySchoolType"][u"高职"].toInt() == 1);
    CHECK(stats[u"bySchoolType"][u"中职"].toInt() == 2);
    CHECK(stats[u"byCity"][u"成都市"][u"schools"].toInt() == 1);
    CHECK(stats[u"byCity"][u"未知"][u"rows"].toInt() == 2);
}

TEST_CASE("set changes the header and re-infers the unit kind", "[cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("sc-2019"),
                    QStringLiteral("--unit"), QStringLiteral("成都市教育局"), QStringLiteral("--unit-kind"),
                    QStringLiteral("市州教育行政部门"), QStringLiteral("--date"), QStringLiteral("2019-04-20")})
                .exitCode == 0);
    const CliRun set = runCli({QStringLiteral("set"), path, QStringLiteral("--unit"), QStringLiteral("宜宾市教育局"),
                               QStringLiteral("--contact"), QStringLiteral("李明"), QStringLiteral("--phone"),
                               QStringLiteral("0831-8225566"), QStringLiteral("--date"), QStringLiteral("2019-04-23")});
    REQUIRE(set.exitCode == 0);
    const Header header = WorkbookFile::read(path).value().header;
    CHECK(header.unit == QStringLiteral("宜宾市教育局"));
    CHECK(header.unitKind.isEmpty());
    CHECK(header.contact == QStringLiteral("李明"));
    CHECK(header.phone == QStringLiteral("0831-8225566"));
    CHECK(header.fillDate == QDate(2019, 4, 23));
}

TEST_CASE("bad usage exits 2 and writes nothing", "[cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    struct Case {
        QStringList arguments;
        const char* message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("new"), path}, "缺少 --profile"},
        {{QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("sc-2020")}, "未知的表样"},
        {{QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("sc-2019"), QStringLiteral("--unit-kind"), QStringLiteral("学院")}, "--unit-kind"},
        {{QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("sc-2019"), QStringLiteral("--date"), QStringLiteral("2019-02-30")}, "不是有效日期"},
        {{QStringLiteral("new")}, "参数个数不对"},
        {{QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("sc-2019"), QStringLiteral("--bogus")}, "bogus"},
        {{QStringLiteral("frobnicate")}, "未知的命令"},
        {{}, "用法"},
    };
    for (const Case& c : cases) {
        const CliRun run = runCli(c.arguments);
        INFO(c.arguments.join(u' ').toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QString::fromUtf8(c.message)));
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("new refuses to overwrite an existing file", "[cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(2, 1)).ok());
    const QByteArray before = readBytes(path);
    const CliRun run = runCli({QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("moe-2019")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("已存在")));
    CHECK(readBytes(path) == before);
}

TEST_CASE("unusable workbooks are refused by every command with exit 2 and stay byte-identical", "[cli]")
{
    Scratch scratch;
    const QString good = scratch.path(QStringLiteral("good.x1db"));
    REQUIRE(WorkbookFile::create(good, sampleWorkbook(2, 2)).ok());
    QByteArray future = readBytes(good);
    future[63] = char(WorkbookFile::currentVersion + 7);
    const QString other = scratch.path(QStringLiteral("other.sqlite"));
    {
        SqliteConnection connection(other, SqliteConnection::Mode::ReadWrite);
        REQUIRE(connection.exec(QStringLiteral("CREATE TABLE t (x)")).ok());
    }
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("random.x1db"), QByteArray("\x13\x37 not a database at all \x00\xff", 28).repeated(100)},
        {QStringLiteral("other.x1db"), readBytes(other)},
        {QStringLiteral("future.x1db"), future},
    };
    for (const auto& [name, bytes] : files) {
        const QString path = scratch.path(name);
        writeBytes(path, bytes);
        for (const QStringList& command : {QStringList{QStringLiteral("stats"), path},
                                           QStringList{QStringLiteral("set"), path, QStringLiteral("--unit"), QStringLiteral("x教育局")},
                                           QStringList{QStringLiteral("import"), path, good},
                                           QStringList{QStringLiteral("export"), path, QStringLiteral("--json"), scratch.path(QStringLiteral("o.json"))}}) {
            INFO(QString(name + u' ' + command.first()).toStdString());
            const CliRun run = runCli(command);
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(name));
            CHECK(run.out.isEmpty());
            CHECK(readBytes(path) == bytes);
            CHECK_FALSE(QFile::exists(scratch.path(QStringLiteral("o.json"))));
        }
    }
}

TEST_CASE("import adds the schools of workbooks and JSON files", "[cli][import]")
{
    Scratch scratch;
    const QString target = scratch.path(QStringLiteral("city.x1db"));
    const QString school = scratch.path(QStringLiteral("school.x1db"));
    const QString json = scratch.path(QStringLiteral("other.json"));
    REQUIRE(runCli({QStringLiteral("new"), target, QStringLiteral("--profile"), QStringLiteral("sc-2019")}).exitCode == 0);
    Workbook first = sampleWorkbook(2, 1);
    REQUIRE(WorkbookFile::create(school, first).ok());
    Workbook second = sampleWorkbook(4, 1);
    second.schools = second.schools.mid(2);
    REQUIRE(WorkbookFile::create(scratch.path(QStringLiteral("tmp.x1db")), second).ok());
    REQUIRE(runCli({QStringLiteral("export"), scratch.path(QStringLiteral("tmp.x1db")), QStringLiteral("--json"), json}).exitCode == 0);
    const QString schoolSha = sha256Of(school);
    const QString jsonSha = sha256Of(json);

    const CliRun run = runCli({QStringLiteral("import"), target, school, json});
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    const Workbook merged = WorkbookFile::read(target).value();
    REQUIRE(merged.schools.size() == 4);
    CHECK(merged.schools[0].name == first.schools[0].name);
    CHECK(merged.schools[3].name == second.schools[1].name);
    CHECK(merged.header.unit == QStringLiteral("成都市教育局")); // adopted from the first source
    REQUIRE(merged.sources.size() == 2);
    CHECK(merged.sources[0].fileName == QStringLiteral("school.x1db"));
    CHECK(merged.sources[0].sha256 == schoolSha);
    CHECK(merged.schools[0].sourceId == merged.sources[0].id);
    CHECK(merged.schools[2].sourceId == merged.sources[1].id);
    CHECK(sha256Of(school) == schoolSha);
    CHECK(sha256Of(json) == jsonSha);
}

TEST_CASE("version, help and a command's help answer on stdout", "[cli]")
{
    const CliRun version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("x1apply-cli 0.")));
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* command : {"new", "set", "import", "merge", "resolve", "sources", "check", "stats", "explain", "export", "verify", "finalize", "reopen"})
        CHECK(help.out.contains(u"x1apply-cli " + QString::fromLatin1(command) + u' '));
    const CliRun commandHelp = runCli({QStringLiteral("stats"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(QStringLiteral("stats WORKBOOK [--json]")));
    CHECK(commandHelp.out.contains(QStringLiteral("--json")));
}

TEST_CASE("the console program keeps stdout for what was asked and exits with the code", "[cli][process]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    QProcess process;
    process.start(QStringLiteral(X1_CLI_PATH), {QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("sc-2019"),
                                                QStringLiteral("--unit"), QStringLiteral("成都市教育局")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 0);
    CHECK(process.readAllStandardOutput().isEmpty());
    CHECK(QString::fromUtf8(process.readAllStandardError()) == QStringLiteral("已新建工作簿 %1（表样 sc-2019）\n").arg(path));

    process.start(QStringLiteral(X1_CLI_PATH), {QStringLiteral("stats"), path, QStringLiteral("--json")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 0);
    CHECK(QJsonDocument::fromJson(process.readAllStandardOutput()).object()[u"schools"].toInt() == 0);
    CHECK(process.readAllStandardError().isEmpty());

    process.start(QStringLiteral(X1_CLI_PATH), {QStringLiteral("stats"), scratch.path(QStringLiteral("none.x1db"))});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    CHECK(process.readAllStandardOutput().isEmpty());
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("none.x1db：文件不存在")));
}

TEST_CASE("the console program paints a PDF whichever way --pdf is written, and exports without painting", "[cli][process]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(2, 2)).ok());
    const auto exportWith = [&](const QStringList& options) {
        QProcess process;
        process.start(QStringLiteral(X1_CLI_PATH), QStringList{QStringLiteral("export"), path} + options);
        REQUIRE(process.waitForFinished(30000));
        INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
        CHECK(process.exitCode() == 0);
        CHECK(process.readAllStandardOutput().startsWith("校验码: X1-"));
    };
    const QString spaced = scratch.path(QStringLiteral("a.pdf")), joined = scratch.path(QStringLiteral("b.pdf"));
    const QString xlsx = scratch.path(QStringLiteral("c.xlsx"));
    exportWith({QStringLiteral("--pdf"), spaced});
    exportWith({QStringLiteral("--pdf=") + joined});
    exportWith({QStringLiteral("--xlsx"), xlsx});
    CHECK(readBytes(spaced).startsWith("%PDF-"));
    CHECK(readBytes(joined).startsWith("%PDF-"));
    CHECK(readBytes(xlsx).startsWith("PK"));
}

TEST_CASE("only PDF export needs the painting application", "[cli]")
{
    CHECK(cli::paints({QStringLiteral("export"), QStringLiteral("w.x1db"), QStringLiteral("--pdf"), QStringLiteral("o.pdf")}));
    CHECK(cli::paints({QStringLiteral("export"), QStringLiteral("w.x1db"), QStringLiteral("--pdf=o.pdf")}));
    CHECK_FALSE(cli::paints({QStringLiteral("export"), QStringLiteral("w.x1db"), QStringLiteral("--xlsx"), QStringLiteral("o.pdf")}));
    CHECK_FALSE(cli::paints({QStringLiteral("check"), QStringLiteral("w.x1db")}));
}
