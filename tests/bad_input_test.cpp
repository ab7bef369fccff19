// The bad-input corpus: whatever arrives by e-mail or USB stick, x1apply names the file and the
// reason, stays within its memory bound, and changes neither the source nor the workbook.
// Each case is made here (small ones) or read from tests/data/ (the hostile spreadsheets of the
// form corpus); its expected exit code and the words its message must contain are in the table.
#include "support/catch.h"
#include "support/test_files.h"

#include "storage/edit_lock.h"
#include "storage/sqlite_connection.h"
#include "storage/workbook_file.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <zip.h>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include <functional>

using namespace x1;
using namespace x1::test;

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

// An .xlsx of the given parts, written with libzip.
void writeZip(const QString& path, const QList<QPair<QByteArray, QByteArray>>& parts)
{
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const auto& [name, data] : parts) {
        zip_source_t* source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        REQUIRE(zip_file_add(archive, name.constData(), source, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
}

const QByteArray contentTypes = R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)";
const QByteArray rootRels = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const QByteArray workbookXml = R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="申报表" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const QByteArray workbookRels = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";

// A one-sheet .xlsx whose sheet holds `cells` (the official header row first).
void writeSheet(const QString& path, const QByteArray& cells, const QByteArray& before = {},
                const QByteArray& sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")
{
    const QByteArray header =
        R"(<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>试点院校名称</t></is></c><c r="C1" t="inlineStr"><is><t>学校类型</t></is></c><c r="D1" t="inlineStr"><is><t>参与试点证书及等级</t></is></c><c r="E1" t="inlineStr"><is><t>参与试点专业数量</t></is></c><c r="F1" t="inlineStr"><is><t>参与试点专业名称</t></is></c><c r="G1" t="inlineStr"><is><t>参与试点学生规模</t></is></c></row>)";
    const QByteArray sheet = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
        + before + "<sheetData>" + header + cells + "</sheetData></worksheet>";
    writeZip(path, {{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels}, {"xl/workbook.xml", workbookXml},
                    {"xl/_rels/workbook.xml.rels", workbookRels}, {"xl/worksheets/sheet1.xml", sheet},
                    {"xl/sharedStrings.xml", sharedStrings}});
}

QByteArray schoolRow(int row, const QByteArray& name, const QByteArray& students = "60")
{
    const QByteArray r = QByteArray::number(row);
    return "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>1</v></c><c r=\"B" + r + "\" t=\"inlineStr\"><is><t>" + name
        + "</t></is></c><c r=\"C" + r + "\" t=\"inlineStr\"><is><t>中职</t></is></c><c r=\"D" + r
        + "\" t=\"inlineStr\"><is><t>物流管理（初级）</t></is></c><c r=\"E" + r + "\"><v>1</v></c><c r=\"F" + r
        + "\" t=\"inlineStr\"><is><t>物流服务与管理</t></is></c><c r=\"G" + r + "\" t=\"inlineStr\"><is><t>" + students
        + "</t></is></c></row>";
}

struct BadCase {
    const char* name;
    // Makes the bad input in `folder` and returns its path.
    std::function<QString(const Scratch& scratch)> make;
    // What is run: "import" (the input as a source of a good workbook) or "check" (the input as
    // the workbook).
    const char* command;
    int exit;
    QStringList words; // the message names the file, and says why in these words
};

QString made(const Scratch& scratch, const QString& name, const QByteArray& bytes)
{
    const QString path = scratch.path(name);
    writeBytes(path, bytes);
    return path;
}

QString workbookFile(const Scratch& scratch, const QString& name)
{
    const QString path = scratch.path(name);
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(20, 3)).ok());
    return path;
}

QList<BadCase> badCases()
{
    return {
        {"random bytes named .x1db", [](const Scratch& s) { return made(s, u"随机.x1db"_qs, randomBytes(8192, 1)); }, "check", 2,
         {u"随机.x1db"_qs, u"不是 x1apply 工作簿"_qs}},
        {"random bytes named .xlsx", [](const Scratch& s) { return made(s, u"随机.xlsx"_qs, randomBytes(8192, 2)); }, "import", 2,
         {u"随机.xlsx"_qs, u"不是 Excel 文件"_qs}},
        {"random bytes named .xls", [](const Scratch& s) { return made(s, u"随机.xls"_qs, randomBytes(8192, 3)); }, "import", 2,
         {u"随机.xls"_qs, u"不是 Excel 文件"_qs}},
        {"random bytes named .json", [](const Scratch& s) { return made(s, u"随机.json"_qs, randomBytes(8192, 4)); }, "import", 2,
         {u"随机.json"_qs, u"JSON"_qs}},
        {"an empty .x1db", [](const Scratch& s) { return made(s, u"空.x1db"_qs, {}); }, "check", 2,
         {u"空.x1db"_qs, u"不是 x1apply 工作簿"_qs}},
        {"an empty .xlsx", [](const Scratch& s) { return made(s, u"空.xlsx"_qs, {}); }, "import", 2,
         {u"空.xlsx"_qs, u"不是 Excel 文件"_qs}},
        {"an empty .json", [](const Scratch& s) { return made(s, u"空.json"_qs, {}); }, "import", 2,
         {u"空.json"_qs, u"JSON"_qs}},
        {"a truncated .x1db", [](const Scratch& s) {
             const QByteArray whole = readBytes(workbookFile(s, u"完整.x1db"_qs));
             return made(s, u"截断.x1db"_qs, whole.left(whole.size() / 2));
         }, "check", 2, {u"截断.x1db"_qs, u"文件不完整或已损坏"_qs}},
        {"a truncated .xlsx", [](const Scratch& s) {
             const QByteArray whole = readBytes(dataFile(u"forms/01_merged_school_cells.xlsx"_qs));
             return made(s, u"截断.xlsx"_qs, whole.left(whole.size() / 2));
         }, "import", 2, {u"截断.xlsx"_qs, u"不是 Excel 文件"_qs}},
        {"another application's SQLite file", [](const Scratch& s) {
             const QString path = s.path(u"别的程序.x1db"_qs);
             SqliteConnection other(path, SqliteConnection::Mode::ReadWrite);
             REQUIRE(other.exec(u"CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('王伟')"_qs).ok());
             return path;
         }, "check", 2, {u"别的程序.x1db"_qs, u"是其他程序的 SQLite 数据库"_qs}},
        {"an .x1db from a future version", [](const Scratch& s) {
             const QString path = workbookFile(s, u"新版本.x1db"_qs);
             SqliteConnection future(path, SqliteConnection::Mode::ReadWrite);
             REQUIRE(future.exec(u"PRAGMA user_version = 99"_qs).ok());
             return path;
         }, "check", 2, {u"新版本.x1db"_qs, u"由更新版本的 x1apply 创建"_qs, u"99"_qs}},
        {"a zip bomb whose headers tell the truth",
         [](const Scratch&) { return dataFile(u"forms/35_hostile_zip_bomb.xlsx"_qs); }, "import", 2,
         {u"35_hostile_zip_bomb.xlsx"_qs, u"64 MiB"_qs}},
        {"a zip bomb whose headers lie",
         [](const Scratch&) { return dataFile(u"forms/45_hostile_sizes_that_lie.xlsx"_qs); }, "import", 2,
         {u"45_hostile_sizes_that_lie.xlsx"_qs, u"64 MiB"_qs}},
        {"an .xlsx with 100,000 entries", [](const Scratch& s) {
             const QString path = s.path(u"十万条目.xlsx"_qs);
             QList<QPair<QByteArray, QByteArray>> parts;
             for (int i = 0; i < 100000; ++i)
                 parts.append({"xl/media/e" + QByteArray::number(i), QByteArray()});
             writeZip(path, parts);
             return path;
         }, "import", 2, {u"十万条目.xlsx"_qs, u"100000 个条目"_qs}},
        {"deeply nested XML", [](const Scratch&) { return dataFile(u"forms/34_hostile_deep_nesting.xlsx"_qs); }, "import", 2,
         {u"34_hostile_deep_nesting.xlsx"_qs, u"嵌套超过 64 层"_qs}},
        {"an entity expansion (billion laughs)", [](const Scratch&) { return dataFile(u"forms/36_hostile_entities.xlsx"_qs); },
         "import", 2, {u"36_hostile_entities.xlsx"_qs, u"DTD"_qs}},
        {"a sheet claiming 1,048,576 rows", [](const Scratch& s) {
             const QString path = s.path(u"百万行.xlsx"_qs);
             writeSheet(path, schoolRow(2, "宜宾市职业技术学校"), R"(<dimension ref="A1:XFD1048576"/>)");
             return path;
         }, "import", 0, {}},
        {"a shared-string index out of range", [](const Scratch& s) {
             const QString path = s.path(u"越界.xlsx"_qs);
             writeSheet(path, schoolRow(2, "宜宾市职业技术学校") + R"(<row r="3"><c r="B3" t="s"><v>99999</v></c></row>)");
             return path;
         }, "import", 2, {u"越界.xlsx"_qs, u"共享字符串"_qs, u"99999"_qs}},
        {"cells of 100,000 characters", [](const Scratch& s) {
             const QString path = s.path(u"长文本.xlsx"_qs);
             writeSheet(path, schoolRow(2, "宜宾市职业技术学校", QByteArray(100000, '9')));
             return path;
         }, "import", 1, {u"长文本.xlsx"_qs, u"学生规模不是整数"_qs}},
        {"control characters and lone surrogates", [](const Scratch& s) {
             return made(s, u"控制字符.json"_qs, R"({"format": "x1apply-workbook", "version": 1, "profile": "sc-2019",
                 "unit": "宜宾\u0001市教育局", "schools": [{"name": "宜宾\ud800市\u0007职业技术学校", "type": "中职"}]})");
         }, "import", 0, {}},
        {"a .json of the wrong shape", [](const Scratch& s) { return made(s, u"形状不对.json"_qs, R"([1, 2, {"schools": 5}])"); },
         "import", 2, {u"形状不对.json"_qs}},
        {"a folder given as a workbook", [](const Scratch& s) {
             const QString path = s.path(u"文件夹.x1db"_qs);
             QDir().mkpath(path);
             return path;
         }, "check", 2, {u"文件夹.x1db"_qs, u"不是文件"_qs}},
        {"a missing path", [](const Scratch& s) { return s.path(u"没有这个文件.xlsx"_qs); }, "import", 2,
         {u"没有这个文件.xlsx"_qs, u"不存在"_qs}},
    };
}

QString integrityOf(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    SqliteStatement check = connection.prepare(u"PRAGMA integrity_check"_qs);
    return check.next() ? check.text(0) : connection.lastError();
}

QString firstLines(const QString& text)
{
    return text.left(600);
}

} // namespace

TEST_CASE("every bad input of the corpus is refused by name and reason, and nothing is changed", "[bad]")
{
    for (const BadCase& bad : badCases()) {
        DYNAMIC_SECTION(bad.name)
        {
            Scratch scratch;
            const QString workbook = workbookFile(scratch, u"市州.x1db"_qs);
            const QString input = bad.make(scratch);
            const QString inputHash = QFileInfo(input).isFile() ? sha256Of(input) : QString();
            const QString workbookHash = sha256Of(workbook);

            QProcess cli;
            const QStringList arguments = QString::fromLatin1(bad.command) == u"check"_qs
                ? QStringList{u"check"_qs, input}
                : QStringList{u"import"_qs, workbook, input};
            cli.start(QStringLiteral(X1_CLI_PATH), arguments);
            REQUIRE(cli.waitForFinished(120000));
            const QString err = QString::fromUtf8(cli.readAllStandardError());
            INFO(firstLines(err).toStdString());
            CHECK(cli.exitStatus() == QProcess::NormalExit);
            if (QString::fromLatin1(bad.command) == u"import"_qs || bad.exit == 2)
                CHECK(cli.exitCode() == bad.exit);
            for (const QString& word : bad.words)
                CHECK(err.contains(word));
            if (!inputHash.isEmpty())
                CHECK(sha256Of(input) == inputHash);
            if (bad.exit == 2)
                CHECK(sha256Of(workbook) == workbookHash);
            CHECK(integrityOf(workbook) == u"ok"_qs);
        }
    }
#ifdef Q_OS_UNIX
    // Every case above stayed within the memory bound (the largest of the console processes):
    // 400 MiB; AddressSanitizer's shadow memory and quarantine triple what a process holds.
#if defined(__SANITIZE_ADDRESS__)
    constexpr long boundKiB = 3 * 400 * 1024;
#else
    constexpr long boundKiB = 400 * 1024;
#endif
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    CHECK(usage.ru_maxrss < boundKiB);
#endif
}

TEST_CASE("a read-only workbook and one another x1apply is editing are refused by every command that writes, and stay as they are", "[bad]")
{
    Scratch scratch;
    const QString readOnly = workbookFile(scratch, u"只读.x1db"_qs);
    REQUIRE(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    const QString locked = workbookFile(scratch, u"编辑中.x1db"_qs);
    Result<std::unique_ptr<EditLock>> held = EditLock::acquire(locked);
    REQUIRE(held.ok());
    const QString source = dataFile(u"forms/01_merged_school_cells.xlsx"_qs);

    for (const auto& [path, reason] : {std::pair{readOnly, u"只读"_qs}, std::pair{locked, u"正在被另一个 x1apply 编辑"_qs}}) {
        const QString before = sha256Of(path);
        for (const QStringList& arguments : QList<QStringList>{{u"import"_qs, path, source},
                                                               {u"set"_qs, path, u"--contact"_qs, u"李梅"_qs},
                                                               {u"add-school"_qs, path, u"--name"_qs, u"新学校"_qs},
                                                               {u"finalize"_qs, path}}) {
            const CliRun run = runCli(arguments);
            INFO(arguments.join(u' ').toStdString() << " → " << run.err.toStdString());
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(QDir::toNativeSeparators(path)));
            CHECK(run.err.contains(reason));
        }
        CHECK(sha256Of(path) == before);
        CHECK(runCli({u"check"_qs, path}).exitCode != 2); // reading is fine
    }
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

#ifdef Q_OS_LINUX
// A write that fails part-way for lack of space, made with the shell's file-size limit (ulimit -f,
// with SIGXFSZ ignored so that the write fails instead of killing the program).
TEST_CASE("a write that fails part-way for lack of space changes nothing and leaves no file behind", "[bad]")
{
    Scratch scratch;
    const QString workbook = scratch.path(u"大.x1db"_qs);
    REQUIRE(WorkbookFile::create(workbook, sampleWorkbook(300, 4)).ok());
    const QString before = sha256Of(workbook);
    const QString xlsx = scratch.path(u"申报表.xlsx"_qs);
    writeBytes(xlsx, "an older export");
    auto limited = [](const QStringList& arguments) {
        QProcess shell;
        QStringList quoted;
        for (const QString& argument : arguments)
            quoted << u'\'' + argument + u'\'';
        shell.start(u"sh"_qs, {u"-c"_qs, u"trap '' XFSZ; ulimit -f 16; exec '%1' %2"_qs.arg(QStringLiteral(X1_CLI_PATH), quoted.join(u' '))});
        shell.waitForFinished(120000);
        return std::pair{shell.exitCode(), QString::fromUtf8(shell.readAllStandardError())};
    };

    const auto [exported, exportErr] = limited({u"export"_qs, workbook, u"--xlsx"_qs, xlsx, u"--pdf"_qs, scratch.path(u"申报表.pdf"_qs)});
    INFO(exportErr.toStdString());
    CHECK(exported == 2);
    CHECK((exportErr.contains(QDir::toNativeSeparators(xlsx)) || exportErr.contains(u"申报表.pdf")));
    CHECK(readBytes(xlsx) == "an older export");
    CHECK_FALSE(QFile::exists(scratch.path(u"申报表.pdf"_qs)));

    const auto [imported, importErr] = limited({u"import"_qs, workbook, dataFile(u"forms/01_merged_school_cells.xlsx"_qs)});
    INFO(importErr.toStdString());
    CHECK(imported == 2);
    CHECK(sha256Of(workbook) == before);
    CHECK(integrityOf(workbook) == u"ok"_qs);
    CHECK(QDir(scratch.dir().path()).entryList({u".~*"_qs}, QDir::Files | QDir::Hidden).isEmpty());
}
#endif
