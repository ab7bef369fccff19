#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "merge/source_reader.h"
#include "rules/check_engine.h"
#include "storage/workbook_file.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace x1;
using namespace x1::test;

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// What a reader made of a form, in the shape of tests/data/forms/expected/*.json.
QJsonObject describe(const SourceData& data, const QString& path)
{
    const Header& h = data.workbook.header;
    const QDate modified = QFileInfo(path).lastModified().date();
    QJsonObject header{{QStringLiteral("profile"), h.profileId}, {QStringLiteral("unit"), h.unit},
                       {QStringLiteral("contact"), h.contact}, {QStringLiteral("phone"), h.phone},
                       {QStringLiteral("fillDate"), h.fillDate == modified && h.fillDate != QDate(2019, 4, 23)
                                                        ? QStringLiteral("file-modified")
                                                        : h.fillDate.toString(Qt::ISODate)}};
    QJsonArray schools;
    for (const School& school : data.workbook.schools) {
        QJsonArray rows;
        for (const CertificateRow& row : school.rows)
            rows << QJsonObject{{QStringLiteral("certificate"), row.certificate}, {QStringLiteral("levels"), toArray(row.levels)},
                                {QStringLiteral("majorCount"), row.majorCount}, {QStringLiteral("majors"), toArray(row.majors)},
                                {QStringLiteral("students"), row.students}, {QStringLiteral("remark"), row.remark}};
        schools << QJsonObject{{QStringLiteral("name"), school.name}, {QStringLiteral("type"), school.type},
                               {QStringLiteral("schoolCode"), school.schoolCode}, {QStringLiteral("rows"), rows}};
    }
    QJsonArray issues;
    for (const CellIssue& issue : data.issues)
        issues << QJsonObject{{QStringLiteral("sheet"), issue.sheet}, {QStringLiteral("cell"), issue.cell},
                              {QStringLiteral("text"), issue.text}, {QStringLiteral("reason"), issue.reason}};
    // The errors the check engine finds in what was read (warnings such as W06, missing evidence,
    // fire on every hand-filled row and say nothing about reading).
    QJsonArray errors;
    for (const Finding& finding : checkWorkbook(data.workbook, Catalog::builtIn(), {{}, {}, Language::Chinese, nullptr}))
        if (finding.isError())
            errors << QStringList{finding.code, finding.school, finding.certificate, finding.field}.join(u'|');
    return {{QStringLiteral("header"), header}, {QStringLiteral("schools"), schools}, {QStringLiteral("issues"), issues},
            {QStringLiteral("errors"), errors}};
}

QString pretty(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QStringList corpusCases()
{
    return QDir(dataFile(QStringLiteral("forms/expected"))).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("the corpus of hand-filled forms has at least 25 files, some of them .xls", "[forms]")
{
    const QStringList cases = corpusCases();
    CHECK(cases.size() >= 25);
    CHECK(cases.filter(QStringLiteral(".xls.json")).size() >= 4);
}

TEST_CASE("every hand-filled form of the corpus imports as a person reads it", "[forms]")
{
    for (const QString& expectedName : corpusCases()) {
        const QString formName = expectedName.chopped(5);
        const QString path = dataFile(QStringLiteral("forms/") + formName);
        INFO(formName.toStdString());
        QFile expectedFile(dataFile(QStringLiteral("forms/expected/") + expectedName));
        REQUIRE(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        const QString before = sha256Of(path);

        Result<SourceData> read = readSource(path);
        CHECK(sha256Of(path) == before); // never modifies the source

        if (expected.contains(QStringLiteral("error"))) {
            REQUIRE_FALSE(read.ok());
            CHECK(read.message().contains(formName));
            CHECK(read.message().contains(expected[QStringLiteral("error")].toString()));
            continue;
        }
        REQUIRE(read.ok());
        CHECK(pretty(describe(*read, path)) == pretty(expected));
        for (const CellIssue& issue : read->issues)
            CHECK(issue.file == formName);
        CHECK(read->source.fileName == formName);
        CHECK(read->source.sha256 == before);
        CHECK(read->source.fillDate == read->workbook.header.fillDate);
        CHECK(read->source.unit == read->workbook.header.unit);
    }
}

TEST_CASE("importing forms lists the cells not understood and exits 1, keeping the rows", "[forms][cli]")
{
    Scratch scratch;
    const QString workbook = scratch.path(QStringLiteral("city.x1db"));
    REQUIRE(runCli({QStringLiteral("new"), workbook, QStringLiteral("--profile"), QStringLiteral("sc-2019")}).exitCode == 0);
    const CliRun run = runCli({QStringLiteral("import"), workbook,
                               dataFile(QStringLiteral("forms/12_students_with_units.xlsx")),
                               dataFile(QStringLiteral("forms/01_merged_school_cells.xlsx"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("无法识别：12_students_with_units.xlsx 工作表“申报表”单元格 G6“约100人”：学生规模不是整数")));
    CHECK(run.err.contains(QStringLiteral("无法识别：12_students_with_units.xlsx 工作表“申报表”单元格 G7“待定”：学生规模不是整数")));
    CHECK(run.out.isEmpty());

    // --report carries the same cells (file, sheet, cell, text, why).
    const QString report = scratch.path(QStringLiteral("report.json"));
    const QString again = scratch.path(QStringLiteral("again.x1db"));
    REQUIRE(runCli({QStringLiteral("new"), again, QStringLiteral("--profile"), QStringLiteral("sc-2019")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("import"), again, dataFile(QStringLiteral("forms/12_students_with_units.xlsx")),
                  QStringLiteral("--report"), report})
              .exitCode == 1);
    const QJsonArray cells = QJsonDocument::fromJson(readBytes(report)).object()[QStringLiteral("cellsNotUnderstood")].toArray();
    REQUIRE(cells.size() == 2);
    CHECK(cells[0].toObject()[QStringLiteral("file")].toString() == QStringLiteral("12_students_with_units.xlsx"));
    CHECK(cells[0].toObject()[QStringLiteral("sheet")].toString() == QStringLiteral("申报表"));
    CHECK(cells[0].toObject()[QStringLiteral("cell")].toString() == QStringLiteral("G6"));
    CHECK(cells[0].toObject()[QStringLiteral("text")].toString() == QStringLiteral("约100人"));
}

TEST_CASE("importing well-formed forms exits 0; a file that is no spreadsheet alone exits 2", "[forms][cli]")
{
    Scratch scratch;
    const QString workbook = scratch.path(QStringLiteral("city.x1db"));
    REQUIRE(runCli({QStringLiteral("new"), workbook, QStringLiteral("--profile"), QStringLiteral("sc-2019")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("import"), workbook, dataFile(QStringLiteral("forms/01_merged_school_cells.xlsx")),
                  dataFile(QStringLiteral("forms/27_xls_merged_school_cells.xls"))})
              .exitCode == 0);

    const QString before = sha256Of(workbook);
    const CliRun refused = runCli({QStringLiteral("import"), workbook, dataFile(QStringLiteral("forms/26_not_a_spreadsheet.xlsx"))});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("26_not_a_spreadsheet.xlsx：不是 Excel 文件")));
    const CliRun noForm = runCli({QStringLiteral("import"), workbook, dataFile(QStringLiteral("forms/25_spreadsheet_without_the_form.xlsx"))});
    CHECK(noForm.exitCode == 2);
    CHECK(noForm.err.contains(QStringLiteral("没有找到申报表")));
    CHECK(sha256Of(workbook) == before);
}

TEST_CASE("the 市（州） of schools read from a source is inferred from a 市州 报送单位 or the school's name, never across cities", "[import][forms]")
{
    Scratch scratch;
    const QString workbook = scratch.path(u"汇总.x1db"_qs);
    REQUIRE(runCli({u"new"_qs, workbook, u"--profile"_qs, u"sc-2019"_qs, u"--unit"_qs, u"四川省教育厅"_qs}).exitCode == 0);
    const QString city = scratch.path(u"宜宾.json"_qs);
    writeBytes(city, R"({"format": "x1apply-workbook", "version": 1, "profile": "sc-2019", "unit": "宜宾市教育局",
        "contact": "王伟", "phone": "0831-8201234", "fillDate": "2019-04-22", "schools": [
        {"name": "四川省宜宾市职业技术学校", "type": "中职"}, {"name": "宜宾县职业技术学校", "type": "中职"},
        {"name": "泸州市职业技术学校", "type": "中职"}, {"name": "筠连县职业技术学校", "type": "中职", "city": "成都市"}]})");
    const QString school = scratch.path(u"阿坝.json"_qs);
    writeBytes(school, R"({"format": "x1apply-workbook", "version": 1, "profile": "sc-2019", "unit": "阿坝州职业技术学校",
        "contact": "李梅", "phone": "0837-2821234", "fillDate": "2019-04-22", "schools": [
        {"name": "阿坝州职业技术学校", "type": "中职"}]})");
    const CliRun imported = runCli({u"import"_qs, workbook, city, school,
                                    dataFile(u"forms/01_merged_school_cells.xlsx"_qs)});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode != 2);

    QMap<QString, QString> cities;
    const Workbook stored = WorkbookFile::read(workbook).value();
    for (const School& each : stored.schools)
        cities.insert(each.name, each.city);
    CHECK(cities.value(u"四川省宜宾市职业技术学校"_qs) == u"宜宾市"_qs);   // the unit and the name agree
    CHECK(cities.value(u"宜宾县职业技术学校"_qs) == u"宜宾市"_qs);         // the unit; a 县 name says nothing
    CHECK(cities.value(u"泸州市职业技术学校"_qs).isEmpty());               // the unit and the name disagree
    CHECK(cities.value(u"筠连县职业技术学校"_qs) == u"成都市"_qs);         // given: kept as given
    CHECK(cities.value(u"阿坝州职业技术学校"_qs) == u"阿坝藏族羌族自治州"_qs); // a school's own file: its name
    CHECK(cities.value(u"四川建筑职业技术学院"_qs) == u"成都市"_qs);       // a form sent by 成都市教育局
    CHECK(cities.value(u"成都市礼仪职业中学"_qs) == u"成都市"_qs);

    const QJsonObject stats = QJsonDocument::fromJson(runCli({u"stats"_qs, workbook, u"--json"_qs}).out.toUtf8()).object();
    CHECK(stats[u"byCity"].toObject()[u"成都市"].toObject()[u"schools"].toInt() == 3);
    CHECK(stats[u"byCity"].toObject()[u"宜宾市"].toObject()[u"schools"].toInt() == 2);
    CHECK(stats[u"byCity"].toObject()[u"未知"].toObject()[u"schools"].toInt() == 1);
}

TEST_CASE("W08 flags a 高职 school read from an Excel form into a 市州 workbook", "[import][forms][rules]")
{
    Scratch scratch;
    const QString workbook = scratch.path(u"成都市.x1db"_qs);
    REQUIRE(runCli({u"new"_qs, workbook, u"--profile"_qs, u"sc-2019"_qs, u"--unit"_qs, u"成都市教育局"_qs}).exitCode == 0);
    REQUIRE(runCli({u"import"_qs, workbook, dataFile(u"forms/01_merged_school_cells.xlsx"_qs)}).exitCode == 0);

    const QJsonArray findings =
        QJsonDocument::fromJson(runCli({u"check"_qs, workbook, u"--json"_qs}).out.toUtf8()).object()[u"findings"].toArray();
    QStringList routed;
    for (const QJsonValue& finding : findings) {
        if (finding[u"code"].toString() == u"W08")
            routed << finding[u"school"].toString();
    }
    // 四川建筑职业技术学院 (高职) reaches the department directly; 成都市礼仪职业中学 (中职, 隶属 unknown) does not count.
    CHECK(routed == QStringList{u"四川建筑职业技术学院"_qs});
}

TEST_CASE("a form imported again is skipped and reports nothing, so the import exits 0", "[forms][cli]")
{
    Scratch scratch;
    const QString workbook = scratch.path(u"city.x1db"_qs);
    REQUIRE(runCli({u"new"_qs, workbook, u"--profile"_qs, u"sc-2019"_qs}).exitCode == 0);
    const QString form = dataFile(u"forms/12_students_with_units.xlsx"_qs);
    CHECK(runCli({u"import"_qs, workbook, form}).exitCode == 1); // its cells not understood, the first time
    const CliRun again = runCli({u"import"_qs, workbook, form});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.err.contains(u"无法识别："));
    CHECK(again.err.contains(u"其中 1 个已导入过"));
}

TEST_CASE("a row with a new 序号 and a blank school name is reported, not joined to the school above", "[forms]")
{
    const Result<SourceData> read = readSource(dataFile(u"forms/46_blank_name_with_a_new_number.xlsx"_qs));
    REQUIRE(read.ok());
    REQUIRE(read->workbook.schools.size() == 2);
    CHECK(read->workbook.schools[0].name == u"宜宾职业技术学院"_qs);
    CHECK(read->workbook.schools[0].rows.size() == 1);
    CHECK(read->workbook.schools[1].name.isEmpty());
    REQUIRE(read->issues.size() == 1);
    CHECK(read->issues[0].cell == u"B5"_qs);
    CHECK(read->issues[0].reason == u"序号为新的“2”而试点院校名称为空：此行未并入上一所学校"_qs);
}

TEST_CASE("a formula cell is read by its cached value; one without a value is kept as its text and listed", "[forms]")
{
    const Result<SourceData> read = readSource(dataFile(u"forms/47_formulas_with_and_without_results.xlsx"_qs));
    REQUIRE(read.ok());
    REQUIRE(read->workbook.schools.size() == 1);
    const QList<CertificateRow>& rows = read->workbook.schools[0].rows;
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].majorCount == u"1"_qs);        // =COUNTA(F4), cached 1
    CHECK(rows[0].students == u"=30+40"_qs);     // no cached value: the formula's text, never empty
    CHECK(rows[1].students == u"90"_qs);         // =SUM(G4,20), cached 90
    REQUIRE(read->issues.size() == 1);
    CHECK(read->issues[0].cell == u"G4"_qs);
    CHECK(read->issues[0].text == u"=30+40"_qs);
    CHECK(read->issues[0].reason.startsWith(u"公式没有保存计算结果"));
}

TEST_CASE("a stray cell at XFD1048576 is listed, and the form is read in moments, not row by 16,384 columns", "[forms]")
{
    QElapsedTimer timer;
    timer.start();
    const Result<SourceData> read = readSource(dataFile(u"forms/48_stray_cell_at_the_last_address.xlsx"_qs));
    const qint64 elapsed = timer.elapsed();
    REQUIRE(read.ok());
    CHECK(read->workbook.schools.size() == 1);
    REQUIRE(read->issues.size() == 1);
    CHECK(read->issues[0].cell == u"XFD1048576"_qs);
    CHECK(elapsed < 3000); // 17 billion cells walked took hours before
}
