#include "support/catch.h"
#include "support/test_files.h"

#include "interchange/json_file.h"
#include "storage/workbook_file.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace x1;
using namespace x1::test;

namespace {

// Everything of a workbook but the provenance and the stored order key that an import adds.
Workbook withoutProvenance(Workbook workbook)
{
    workbook.sources.clear();
    for (School& school : workbook.schools) {
        school.sourceId = 0;
        school.sortKey.clear();
    }
    return workbook;
}

} // namespace

TEST_CASE("export --json then import into an empty workbook gives identical stats and content", "[json]")
{
    Scratch scratch;
    const QString original = scratch.path(QStringLiteral("a.x1db"));
    Workbook workbook = sampleWorkbook(5, 3);
    RowEvidence& evidence = workbook.schools[0].rows[0].evidence;
    evidence.enrolment << MajorEnrolment{QStringLiteral("计算机应用"), {150, std::nullopt, 155}};
    evidence.teachingResources = {false, QStringLiteral("正在建设")};
    evidence.facilities = {true, QString()};
    evidence.management = {std::nullopt, QStringLiteral("待补充")};
    workbook.schools[1].tiers = {QStringLiteral("省级示范中等职业学校"), QStringLiteral("行业特色院校")};
    workbook.schools[2].rows[1].majorCount = QStringLiteral("5");
    workbook.schools[3].rows[0].students = QStringLiteral("约100");
    workbook.explanations.insert(QStringLiteral("W03|四川第1职业技术学院|Web前端开发|"), QStringLiteral("兼职教师正在认定中"));
    REQUIRE(WorkbookFile::create(original, workbook).ok());

    const QString json = scratch.path(QStringLiteral("a.json"));
    REQUIRE(runCli({QStringLiteral("export"), original, QStringLiteral("--json"), json}).exitCode == 0);
    const QString copy = scratch.path(QStringLiteral("b.x1db"));
    REQUIRE(runCli({QStringLiteral("new"), copy, QStringLiteral("--profile"), QStringLiteral("sc-2019"),
                    QStringLiteral("--date"), QStringLiteral("2019-04-22")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("import"), copy, json}).exitCode == 0);

    CHECK(runCli({QStringLiteral("stats"), copy, QStringLiteral("--json")}).out
          == runCli({QStringLiteral("stats"), original, QStringLiteral("--json")}).out);
    const Workbook imported = WorkbookFile::read(copy).value();
    CHECK(withoutProvenance(imported) == withoutProvenance(workbook));
    REQUIRE(imported.sources.size() == 1);
    CHECK(imported.sources[0].fileName == QStringLiteral("a.json"));
    CHECK(imported.sources[0].sha256 == sha256Of(json));
    for (const School& school : imported.schools)
        CHECK(school.sourceId == imported.sources[0].id);

    // The second export differs from the first only by that provenance.
    const QString json2 = scratch.path(QStringLiteral("b.json"));
    REQUIRE(runCli({QStringLiteral("export"), copy, QStringLiteral("--json"), json2}).exitCode == 0);
    const Result<Workbook> reread = readJsonFile(json2);
    REQUIRE(reread.ok());
    CHECK(withoutProvenance(*reread) == withoutProvenance(workbook));
}

TEST_CASE("a JSON file of another kind or a newer version is refused", "[json]")
{
    Scratch scratch;
    const QList<QPair<QByteArray, const char*>> cases = {
        {"{\"format\": \"something-else\"}", "不是 x1apply 的 JSON 交换文件"},
        {"{\"format\": \"x1apply-workbook\", \"version\": 9}", "更新版本"},
        {"{\"format\": ", "JSON 格式错误"},
    };
    for (const auto& [bytes, reason] : cases) {
        const QString path = scratch.path(QStringLiteral("x.json"));
        writeBytes(path, bytes);
        const Result<Workbook> read = readJsonFile(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.message().contains(QString::fromUtf8(reason)));
        CHECK(read.message().contains(QStringLiteral("x.json")));
    }
}

TEST_CASE("a JSON file's aliases are read as a form's would be, so check and stats count the same certificate", "[json][import]")
{
    Scratch scratch;
    const QString json = scratch.path(u"别的程序.json"_qs);
    writeBytes(json, R"({"format": "x1apply-workbook", "version": 1, "profile": "sc-2019", "unit": "宜宾市教育局",
        "contact": "王伟", "phone": "0831-8201234", "fillDate": "2019-04-22",
        "schools": [{"name": " 宜宾市职业技术学校 ", "type": "中职", "city": "宜宾",
                     "rows": [{"certificate": "web前端", "levels": ["初、中级"], "majors": ["计算机应用"],
                               "majorCount": "１", "students": "１２０人"}]}]})");
    const QString workbook = scratch.path(u"宜宾.x1db"_qs);
    REQUIRE(runCli({u"new"_qs, workbook, u"--profile"_qs, u"sc-2019"_qs, u"--unit"_qs, u"宜宾市教育局"_qs}).exitCode == 0);
    const CliRun imported = runCli({u"import"_qs, workbook, json});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);

    const Workbook stored = WorkbookFile::read(workbook).value();
    REQUIRE(stored.schools.size() == 1);
    const School& school = stored.schools[0];
    CHECK(school.name == u"宜宾市职业技术学校"_qs);
    CHECK(school.city == u"宜宾市"_qs);
    const CertificateRow& row = school.rows.at(0);
    CHECK(row.certificate == u"Web前端开发"_qs);
    CHECK(row.levels == QStringList({u"初级"_qs, u"中级"_qs}));
    CHECK(row.majorCount == u"1"_qs);
    CHECK(row.students == u"120"_qs);

    const QJsonObject stats = QJsonDocument::fromJson(runCli({u"stats"_qs, workbook, u"--json"_qs}).out.toUtf8()).object();
    CHECK(stats[u"byCertificate"].toObject()[u"Web前端开发"].toObject()[u"rows"].toInt() == 1);
    CHECK(stats[u"byCity"].toObject()[u"宜宾市"].toObject()[u"schools"].toInt() == 1);
}
