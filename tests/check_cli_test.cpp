#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "rules/check_engine.h"
#include "storage/workbook_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace x1;
using namespace x1::test;

namespace {

QJsonObject checkJson(const QString& path, int expectedExit)
{
    const CliRun run = runCli({u"check"_qs, path, u"--json"_qs});
    CAPTURE(run.err);
    CHECK(run.exitCode == expectedExit);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    CHECK(error.error == QJsonParseError::NoError);
    return root;
}

QStringList codesOf(const QJsonObject& root)
{
    QStringList codes;
    for (const QJsonValue& finding : root[u"findings"].toArray())
        codes << finding[u"code"].toString();
    return codes;
}

QString newWorkbook(const Scratch& scratch, const QStringList& options)
{
    const QString path = scratch.path(u"w.x1db"_qs);
    const CliRun run = runCli(QStringList{u"new"_qs, path, u"--profile"_qs, u"sc-2019"_qs} + options);
    REQUIRE(run.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("check: new without a contact shows E10 for the contact, and E15 while the form holds no school", "[check-cli]")
{
    Scratch scratch;
    const QString path = newWorkbook(scratch, {u"--unit"_qs, u"成都市教育局"_qs, u"--phone"_qs, u"028-86110894"_qs});
    const QJsonObject root = checkJson(path, 1);
    CHECK(root[u"workbook"].toString() == path);
    CHECK(root[u"profile"].toString() == u"sc-2019");
    CHECK(root[u"errors"].toInt() == 2);
    CHECK(root[u"warnings"].toInt() == 0);
    CHECK(root[u"unexplainedWarnings"].toInt() == 0);
    const QJsonArray findings = root[u"findings"].toArray();
    REQUIRE(findings.size() == 2);
    CHECK(findings[1].toObject()[u"code"].toString() == u"E15");
    CHECK(findings[1].toObject()[u"message"].toString() == u"申报表中没有任何学校，没有可以报送的内容：请新增学校或导入学校的申报表。");
    const QJsonObject finding = findings[0].toObject();
    CHECK(finding[u"code"].toString() == u"E10");
    CHECK(finding[u"severity"].toString() == u"error");
    CHECK(finding[u"field"].toString() == u"contact");
    CHECK(finding[u"message"].toString() == u"没有填写联系人：请填写联系人姓名。");
    CHECK_FALSE(finding.contains(u"school"));
    CHECK_FALSE(finding.contains(u"explained"));
}

TEST_CASE("check: set --phone 12345 shows E11; valid numbers pass", "[check-cli]")
{
    Scratch scratch;
    const QString path = newWorkbook(scratch, {u"--unit"_qs, u"成都市教育局"_qs, u"--contact"_qs, u"王伟"_qs});
    REQUIRE(runCli({u"set"_qs, path, u"--phone"_qs, u"12345"_qs}).exitCode == 0);
    QJsonObject root = checkJson(path, 1);
    REQUIRE(codesOf(root) == QStringList{u"E11"_qs});
    CHECK(root[u"findings"][0][u"field"].toString() == u"phone");
    CHECK(root[u"findings"][0][u"message"].toString().contains(u"“12345”"));

    for (const QString& phone : {u"028-86110894"_qs, u"13812345678"_qs, u"(028)86110894"_qs, u"028-86110894转123"_qs,
                                 u" （028）８６１１０８９４ "_qs}) {
        CAPTURE(phone);
        REQUIRE(runCli({u"set"_qs, path, u"--phone"_qs, phone}).exitCode == 0);
        root = checkJson(path, 0);
        CHECK(root[u"errors"].toInt() == 0);
        CHECK(root[u"findings"].toArray().isEmpty());
    }
    // set normalises what it takes in.
    Result<Workbook> stored = WorkbookFile::read(path);
    REQUIRE(stored.ok());
    CHECK(stored->header.phone == u"(028)86110894");
    REQUIRE(runCli({u"set"_qs, path, u"--unit"_qs, u"  成都市 教育局 "_qs, u"--contact"_qs, u"王　伟"_qs}).exitCode == 0);
    stored = WorkbookFile::read(path);
    CHECK(stored->header.unit == u"成都市教育局");
    CHECK(stored->header.contact == u"王伟");
}

TEST_CASE("check: a readable list on stdout, the summary on stderr, findings in printed order", "[check-cli]")
{
    Scratch scratch;
    const QString path = scratch.path(u"s.x1db"_qs);
    Workbook workbook = sampleWorkbook(3, 2);
    workbook.header.phone = u"12345"_qs;
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const QList<Finding> expected = checkWorkbook(workbook, Catalog::builtIn());

    const CliRun run = runCli({u"check"_qs, path});
    CHECK(run.exitCode == 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        CAPTURE(i);
        CHECK(lines[i] == expected[i].code + u' ' + (expected[i].isError() ? u"错误"_qs : u"警告"_qs) + u"  "
                              + expected[i].message);
    }
    const CheckSummary summary = CheckSummary::of(expected);
    CHECK(run.err == u"错误 %1 个，警告 %2 个（未说明 %3 个）\n"_qs.arg(summary.errors).arg(summary.warnings)
                         .arg(summary.unexplainedWarnings));

    const QJsonObject root = checkJson(path, 1);
    QStringList expectedCodes;
    for (const Finding& finding : expected)
        expectedCodes << finding.code;
    CHECK(codesOf(root) == expectedCodes);
    CHECK(root[u"errors"].toInt() == summary.errors);
    CHECK(root[u"warnings"].toInt() == summary.warnings);
}

TEST_CASE("check: English messages with --lang en; a missing workbook is exit 2", "[check-cli]")
{
    Scratch scratch;
    const QString path = newWorkbook(scratch, {u"--unit"_qs, u"成都市教育局"_qs, u"--contact"_qs, u"王伟"_qs,
                                               u"--phone"_qs, u"12345"_qs});
    const CliRun run = runCli({u"--lang"_qs, u"en"_qs, u"check"_qs, path});
    CHECK(run.exitCode == 1);
    CHECK(run.out.startsWith(u"E11 error  Phone number \"12345\" is not valid"));
    CHECK(run.err == u"1 error(s), 0 warning(s) (0 not explained)\n");
    runCli({u"--lang"_qs, u"zh"_qs, u"--version"_qs});

    const CliRun missing = runCli({u"check"_qs, scratch.path(u"none.x1db"_qs)});
    CHECK(missing.exitCode == 2);
    CHECK_FALSE(missing.err.isEmpty());
    CHECK(missing.out.isEmpty());
    CHECK(runCli({u"check"_qs}).exitCode == 2);
}

TEST_CASE("explain records an explanation that check then reports, across saves", "[check-cli]")
{
    Scratch scratch;
    const QString path = scratch.path(u"s.x1db"_qs);
    Workbook workbook = sampleWorkbook(2, 1);
    workbook.header.unit = u"四川第2职业技术学院"_qs; // a school's own workbook: no routing warning for 高职
    workbook.schools.removeFirst();
    workbook.schools[0].type = u"高职"_qs;
    workbook.schools[0].rows[0].evidence.dualQualified = 4; // W03
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    QJsonObject root = checkJson(path, 0);
    REQUIRE(codesOf(root).contains(u"W03"));
    const int warnings = root[u"warnings"].toInt();
    CHECK(root[u"unexplainedWarnings"].toInt() == warnings);

    const QStringList base{u"explain"_qs, path, u"W03"_qs, u"--school"_qs, u"四川第2职业技术学院"_qs};
    CliRun run = runCli(base + QStringList{u"--text"_qs, u"正在认定"_qs});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"说明太短：至少 6 个字"));
    CHECK(runCli(base).exitCode == 2);

    run = runCli({u"explain"_qs, path, u"E10"_qs, u"--text"_qs, u"这是一个足够长的说明"_qs});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"E10 是错误"));
    run = runCli({u"explain"_qs, path, u"W03"_qs, u"--school"_qs, u"别的学校"_qs, u"--text"_qs, u"这是一个足够长的说明"_qs});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"没有符合条件的 W03 警告"));
    CHECK(run.err.contains(u"W03 --school 四川第2职业技术学院 --certificate 建筑信息模型（BIM）"));

    run = runCli(base + QStringList{u"--certificate"_qs, u"BIM"_qs, u"--text"_qs, u"两名教师的双师认定在办理中"_qs});
    CAPTURE(run.err);
    REQUIRE(run.exitCode == 0);
    root = checkJson(path, 0);
    CHECK(root[u"warnings"].toInt() == warnings);
    CHECK(root[u"unexplainedWarnings"].toInt() == warnings - 1);
    bool found = false;
    for (const QJsonValue& finding : root[u"findings"].toArray()) {
        if (finding[u"code"].toString() != u"W03") {
            CHECK_FALSE(finding[u"explained"].toBool());
            continue;
        }
        found = true;
        CHECK(finding[u"explained"].toBool());
        CHECK(finding[u"explanation"].toString() == u"两名教师的双师认定在办理中");
        CHECK(finding[u"certificate"].toString() == u"建筑信息模型（BIM）");
    }
    CHECK(found);

    // Kept across another save, and shown in the readable list.
    REQUIRE(runCli({u"set"_qs, path, u"--contact"_qs, u"李丽"_qs}).exitCode == 0);
    CHECK(checkJson(path, 0)[u"unexplainedWarnings"].toInt() == warnings - 1);
    CHECK(runCli({u"check"_qs, path}).out.contains(u"    说明：两名教师的双师认定在办理中\n"));
}

TEST_CASE("explain asks which one when several warnings match", "[check-cli]")
{
    Scratch scratch;
    const QString path = scratch.path(u"s.x1db"_qs);
    Workbook workbook = sampleWorkbook(2, 1);
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const CliRun run = runCli({u"explain"_qs, path, u"W05"_qs, u"--text"_qs, u"本校为市级重点学校"_qs});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"有 2 个 W05 警告符合条件"));
    CHECK(run.err.contains(u"W05 --school 四川第1职业技术学院"));
    CHECK(runCli({u"explain"_qs, path, u"W05"_qs, u"--school"_qs, u"四川第1职业技术学院"_qs, u"--text"_qs,
                  u"本校为市级重点学校"_qs}).exitCode == 0);
    Result<Workbook> stored = WorkbookFile::read(path);
    REQUIRE(stored.ok());
    CHECK(stored->explanations.value(u"W05|四川第1职业技术学院||"_qs) == u"本校为市级重点学校");
}

TEST_CASE("explain leaves warnings already explained out of its candidates", "[check-cli]")
{
    Scratch scratch;
    const QString path = scratch.path(u"s.x1db"_qs);
    Workbook workbook = sampleWorkbook(3, 1);
    workbook.explanations.insert(u"W05|四川第1职业技术学院||"_qs, u"本校为市级重点学校"_qs);
    REQUIRE(WorkbookFile::create(path, workbook).ok());

    const CliRun ambiguous = runCli({u"explain"_qs, path, u"W05"_qs, u"--text"_qs, u"本校为省级重点学校"_qs});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.err.contains(u"有 2 个 W05 警告符合条件"));
    CHECK_FALSE(ambiguous.err.contains(u"--school 四川第1职业技术学院"));
    CHECK(ambiguous.err.contains(u"W05 --school 四川第2职业技术学院"));
    CHECK(ambiguous.err.contains(u"W05 --school 四川第3职业技术学院"));

    // Named precisely, an explained warning can still be explained anew.
    CHECK(runCli({u"explain"_qs, path, u"W05"_qs, u"--school"_qs, u"四川第1职业技术学院"_qs, u"--text"_qs,
                  u"本校为市级示范学校"_qs}).exitCode == 0);
    CHECK(WorkbookFile::read(path).value().explanations.value(u"W05|四川第1职业技术学院||"_qs) == u"本校为市级示范学校");
}

TEST_CASE("check --json escapes what clerks type", "[check-cli]")
{
    Scratch scratch;
    const QString path = scratch.path(u"s.x1db"_qs);
    Workbook workbook = sampleWorkbook(1, 1);
    workbook.schools[0].name = u"学校\"甲\"\\乙"_qs;
    workbook.explanations.insert(u"W05|学校\"甲\"\\乙||"_qs, u"说明\n第二行\t\"引号\"\u0001"_qs);
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const QJsonObject root = checkJson(path, 0);
    const QJsonArray findings = root[u"findings"].toArray();
    REQUIRE_FALSE(findings.isEmpty());
    bool found = false;
    for (const QJsonValue& finding : findings) {
        CHECK(finding[u"school"].toString() == u"学校\"甲\"\\乙");
        if (finding[u"code"].toString() == u"W05") {
            found = true;
            CHECK(finding[u"explanation"].toString() == u"说明\n第二行\t\"引号\"\u0001");
        }
    }
    CHECK(found);
}

TEST_CASE("explain a whole-workbook warning: W07 by its certificate", "[check-cli]")
{
    Scratch scratch;
    const QString path = scratch.path(u"city.x1db"_qs);
    Workbook workbook = sampleWorkbook(5, 1); // 成都市教育局, every school on 建筑信息模型（BIM）
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    QJsonObject root = checkJson(path, 0);
    REQUIRE(codesOf(root).first() == u"W07");
    CHECK_FALSE(root[u"findings"][0].toObject().contains(u"school"));

    const CliRun run = runCli({u"explain"_qs, path, u"w07"_qs, u"--certificate"_qs, u"建筑信息模型(BIM)"_qs, u"--text"_qs,
                               u"本市建筑类学校占多数，属正常分布"_qs});
    CAPTURE(run.err);
    REQUIRE(run.exitCode == 0);
    root = checkJson(path, 0);
    const QJsonObject w07 = root[u"findings"][0].toObject();
    CHECK(w07[u"explained"].toBool());
    Result<Workbook> stored = WorkbookFile::read(path);
    REQUIRE(stored.ok());
    CHECK(stored->explanations.contains(u"W07||建筑信息模型（BIM）|"_qs));
}
