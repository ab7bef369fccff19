#include "support/catch.h"
#include "support/test_files.h"

#include "storage/sqlite_connection.h"
#include "storage/workbook_file.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace x1;
using namespace x1::test;

TEST_CASE("a workbook saved and read back is identical", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    Workbook workbook = sampleWorkbook(3, 2);
    workbook.explanations.insert(QStringLiteral("W03|四川第1职业技术学院|物流管理|"), QStringLiteral("外聘教师正在办理认定"));
    workbook.sources << Source{1, QStringLiteral("a.xlsx"), QStringLiteral("ab12"), QDateTime(QDate(2019, 4, 25), QTime(9, 0)),
                               QStringLiteral("X1-AAAA-BBBB-CCCC"), QStringLiteral("宜宾市教育局"), QStringLiteral("李"),
                               QStringLiteral("0831-1234567"), QDate(2019, 4, 24)};
    workbook.schools[1].sourceId = 1;
    workbook.schools[1].conflictGroup = 4;
    workbook.schools[1].sortKey = QStringLiteral("k");
    workbook.schools[0].rows[0].evidence.enrolment << MajorEnrolment{QStringLiteral("护理"), {100, std::nullopt, 120}};
    workbook.finalisation = {QStringLiteral("X1-7K3Q-M2PD-9WZT"), QDateTime(QDate(2019, 4, 25), QTime(10, 0)), true};

    REQUIRE(WorkbookFile::create(path, workbook).ok());
    Result<Workbook> read = WorkbookFile::read(path);
    REQUIRE(read.ok());
    CHECK(read.value() == workbook);
}

namespace {

// An empty workbook whose text is UTF-8, as files made before the switch to UTF-16 are.
void createAsUtf8(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    REQUIRE(connection.exec(QStringLiteral("PRAGMA encoding = 'UTF-8'")).ok());
    const QDir schema(QStringLiteral(":/schema"));
    for (const QString& script : schema.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        REQUIRE(connection.exec(QString::fromUtf8(readBytes(schema.filePath(script)))).ok());
    REQUIRE(connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(WorkbookFile::applicationId)).ok());
    REQUIRE(connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(WorkbookFile::currentVersion)).ok());
}

QString encodingOf(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    SqliteStatement encoding = connection.prepare(QStringLiteral("PRAGMA encoding"));
    REQUIRE(encoding.next());
    return encoding.text(0);
}

} // namespace

TEST_CASE("a new workbook keeps its text as UTF-16; one in UTF-8 reads the same", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db")), utf8 = scratch.path(QStringLiteral("utf8.x1db"));
    Workbook workbook = sampleWorkbook(3, 2);
    workbook.explanations.insert(QStringLiteral("W03|四川第1职业技术学院|物流管理|"), QStringLiteral("外聘教师正在办理认定"));
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    CHECK(encodingOf(path) == u"UTF-16le");

    CHECK(WorkbookFile::read(path).value() == workbook);

    createAsUtf8(utf8);
    REQUIRE(WorkbookFile::write(utf8, workbook).ok());
    CHECK(encodingOf(utf8) == u"UTF-8");
    CHECK(WorkbookFile::read(utf8).value() == workbook);
}

TEST_CASE("creating refuses an existing file and leaves it alone", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    writeBytes(path, "keep me");
    const Status status = WorkbookFile::create(path, sampleWorkbook(1, 1));
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().contains(QStringLiteral("已存在")));
    CHECK(readBytes(path) == "keep me");
}

TEST_CASE("no journal or WAL file is left beside a workbook", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(2, 2)).ok());
    REQUIRE(WorkbookFile::write(path, sampleWorkbook(3, 1)).ok());
    QStringList left = scratch.dir().path().isEmpty() ? QStringList() : QDir(scratch.dir().path()).entryList(QDir::Files | QDir::Hidden);
    CHECK(left == QStringList{QStringLiteral("w.x1db")});
}

namespace {

struct Refusal {
    const char* what;
    QByteArray bytes;
    const char* reason;
};

QByteArray otherApplicationsDatabase(const QString& path)
{
    {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
        REQUIRE(connection.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")).ok());
        REQUIRE(connection.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")).ok());
    }
    QByteArray bytes = readBytes(path);
    QFile::remove(path);
    return bytes;
}

QByteArray withVersion(QByteArray bytes, int version)
{
    bytes[60] = char((version >> 24) & 0xff);
    bytes[61] = char((version >> 16) & 0xff);
    bytes[62] = char((version >> 8) & 0xff);
    bytes[63] = char(version & 0xff);
    return bytes;
}

} // namespace

TEST_CASE("opening refuses what is not a usable workbook and leaves it byte-identical", "[storage]")
{
    Scratch scratch;
    const QString good = scratch.path(QStringLiteral("good.x1db"));
    REQUIRE(WorkbookFile::create(good, sampleWorkbook(20, 3)).ok());
    const QByteArray goodBytes = readBytes(good);

    QByteArray random(4096, 0);
    for (char& c : random)
        c = char(QRandomGenerator::global()->bounded(256));

    const QList<Refusal> refusals = {
        {"random bytes", random, "不是 SQLite 数据库文件"},
        {"an empty file", QByteArray(), "不是 SQLite 数据库文件"},
        {"a text file", QByteArrayLiteral("序号,试点院校名称\n"), "不是 SQLite 数据库文件"},
        {"another application's SQLite file", otherApplicationsDatabase(scratch.path(QStringLiteral("other.db"))),
         "其他程序的 SQLite 数据库"},
        {"a file from a newer version", withVersion(goodBytes, WorkbookFile::currentVersion + 1), "更新版本"},
        {"a truncated file", goodBytes.left(goodBytes.size() / 2), "不完整或已损坏"},
    };
    for (const Refusal& refusal : refusals) {
        DYNAMIC_SECTION(refusal.what)
        {
            const QString path = scratch.path(QStringLiteral("bad.x1db"));
            writeBytes(path, refusal.bytes);
            const Result<Workbook> read = WorkbookFile::read(path);
            REQUIRE_FALSE(read.ok());
            CHECK(read.message().contains(QString::fromUtf8(refusal.reason)));
            CHECK(read.message().contains(QStringLiteral("bad.x1db")));
            const Status write = WorkbookFile::write(path, sampleWorkbook(1, 1));
            CHECK_FALSE(write.ok());
            CHECK(readBytes(path) == refusal.bytes);
        }
    }
}

TEST_CASE("a missing file is refused and not created", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("missing.x1db"));
    const Result<Workbook> read = WorkbookFile::read(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.message().contains(QStringLiteral("文件不存在")));
    CHECK_FALSE(WorkbookFile::write(path, sampleWorkbook(1, 1)).ok());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a read-only workbook opens for reading and is refused for writing", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("ro.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(2, 1)).ok());
    const QByteArray before = readBytes(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);

    CHECK(WorkbookFile::read(path).ok());
    const Status write = WorkbookFile::write(path, sampleWorkbook(5, 1));
    REQUIRE_FALSE(write.ok());
    CHECK(write.message().contains(QStringLiteral("只读")));
    CHECK(readBytes(path) == before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("an older workbook is upgraded in memory when read, and in place after a backup when written", "[storage][migration]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("old.x1db"));
    REQUIRE(WorkbookFile::createAtVersion(path, 1).ok());
    {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
        REQUIRE(connection.exec(QStringLiteral("INSERT INTO meta VALUES ('profile', 'sc-2019'), ('unit', '宜宾市教育局')")).ok());
        REQUIRE(connection.exec(QStringLiteral("INSERT INTO school (id, position, name, type) VALUES (1, 1, '宜宾市职业技术学校', '中职')")).ok());
        REQUIRE(connection.exec(QStringLiteral("INSERT INTO certificate_row (school_id, position, certificate, levels, majors, students) "
                                               "VALUES (1, 0, '物流管理', '初级\n中级', '物流服务与管理', '80')")).ok());
    }
    const QByteArray original = readBytes(path);
    REQUIRE(WorkbookFile::version(path).value() == 1);

    const Result<Workbook> read = WorkbookFile::read(path);
    REQUIRE(read.ok());
    REQUIRE(read->schools.size() == 1);
    CHECK(read->header.unit == QStringLiteral("宜宾市教育局"));
    CHECK(read->schools[0].rows[0].levels == QStringList{QStringLiteral("初级"), QStringLiteral("中级")});
    CHECK(read->schools[0].sourceId == 0);
    CHECK(readBytes(path) == original);            // reading changed nothing
    CHECK_FALSE(QFile::exists(WorkbookFile::backupPath(path, 1)));

    Workbook edited = read.value();
    edited.header.contact = QStringLiteral("张敏");
    REQUIRE(WorkbookFile::write(path, edited).ok());
    CHECK(WorkbookFile::version(path).value() == WorkbookFile::currentVersion);
    CHECK(readBytes(WorkbookFile::backupPath(path, 1)) == original);
    CHECK(WorkbookFile::read(path).value() == edited);
}

TEST_CASE("a version 2 workbook's evidence JSON moves into the columns of version 3", "[storage][migration]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("v2.x1db"));
    REQUIRE(WorkbookFile::createAtVersion(path, 2).ok());
    {
        SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
        REQUIRE(connection.exec(QStringLiteral("INSERT INTO meta VALUES ('profile', 'sc-2019')")).ok());
        REQUIRE(connection.exec(QStringLiteral("INSERT INTO school (id, position, name, type) VALUES (1, 1, '乐山职业技术学院', '高职'), (2, 2, '乐山市第一职业高级中学', '中职')")).ok());
        REQUIRE(connection.exec(QStringLiteral(
            "INSERT INTO certificate_row (school_id, position, certificate, evidence) VALUES "
            "(1, 0, '老年照护', '{\"enrolment\":[{\"major\":\"护理\",\"enrolled\":[120,null,140]},{\"major\":\"康复治疗技术\",\"enrolled\":[40,45,50]}],"
            "\"trainingExperience\":{\"answer\":true,\"detail\":\"养老护理员培训\"},\"teachingResources\":{\"answer\":false},"
            "\"teamSize\":12,\"dualQualified\":7,\"industryExperts\":3,\"facilities\":{\"detail\":\"在建\"},"
            "\"management\":{\"answer\":true,\"detail\":\"制度健全\"}}'), "
            "(2, 0, '物流管理', '')")).ok());
    }
    const QByteArray original = readBytes(path);

    RowEvidence expected;
    expected.enrolment = {MajorEnrolment{QStringLiteral("护理"), {120, std::nullopt, 140}},
                          MajorEnrolment{QStringLiteral("康复治疗技术"), {40, 45, 50}}};
    expected.trainingExperience = {true, QStringLiteral("养老护理员培训")};
    expected.teachingResources = {false, QString()};
    expected.teamSize = 12;
    expected.dualQualified = 7;
    expected.industryExperts = 3;
    expected.facilities = {std::nullopt, QStringLiteral("在建")};
    expected.management = {true, QStringLiteral("制度健全")};

    const Result<Workbook> read = WorkbookFile::read(path);
    REQUIRE(read.ok());
    CHECK(read->schools[0].rows[0].evidence == expected);
    CHECK(read->schools[1].rows[0].evidence.isEmpty());
    CHECK(readBytes(path) == original);

    REQUIRE(WorkbookFile::write(path, read.value()).ok());
    CHECK(WorkbookFile::version(path).value() == 3);
    CHECK(readBytes(WorkbookFile::backupPath(path, 2)) == original);
    CHECK(WorkbookFile::read(path)->schools[0].rows[0].evidence == expected);
}

TEST_CASE("a large workbook, read in two halves by two connections, reads back identical", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("big.x1db"));
    Workbook workbook = sampleWorkbook(701, 3); // 2,103 rows: above the size read in two halves
    workbook.schools[350].rows[1].evidence.enrolment << MajorEnrolment{QStringLiteral("护理"), {100, std::nullopt, 120}};
    workbook.schools[700].rows.removeFirst();
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const Result<Workbook> read = WorkbookFile::read(path);
    REQUIRE(read.ok());
    CHECK(read.value() == workbook);
}
