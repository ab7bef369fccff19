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
