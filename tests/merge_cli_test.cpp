#include "merge_fixtures.h"

#include "util/clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace x1;
using namespace x1::test;

namespace {

// Fixes the clock for one test: import times and 填报日期 of new workbooks.
struct FixedClock {
    FixedClock() { Clock::setFixed(QDateTime(QDate(2019, 4, 28), QTime(10, 0))); }
    ~FixedClock() { Clock::setFixed(QDateTime()); }
};

// Remembers the SHA-256 of source files and checks at the end that none changed.
struct Untouched {
    QHash<QString, QString> sha;
    explicit Untouched(const QStringList& paths)
    {
        for (const QString& path : paths)
            sha.insert(path, sha256Of(path));
    }
    ~Untouched()
    {
        for (auto it = sha.begin(); it != sha.end(); ++it)
            CHECK(sha256Of(it.key()) == it.value());
    }
};

QJsonObject jsonOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(readBytes(path)).object();
}

QByteArray exportedJson(const Scratch& scratch, const QString& workbook)
{
    const QString out = scratch.path(QFileInfo(workbook).completeBaseName() + u".json");
    const CliRun run = runCli({QStringLiteral("export"), workbook, QStringLiteral("--json"), out});
    REQUIRE(run.exitCode == 0);
    return readBytes(out);
}

QStringList cityFiles(const Scratch& scratch)
{
    School a = schoolNamed(QStringLiteral("成都市礼仪职业中学"), QStringLiteral("中职"), QStringLiteral("成都市"), 90);
    School b = schoolNamed(QStringLiteral("成都市财贸职业高级中学"), QStringLiteral("中职"), QStringLiteral("成都市"), 60);
    School c = schoolNamed(QStringLiteral("宜宾市职业技术学校"), QStringLiteral("中职"), QStringLiteral("宜宾市"), 80);
    return {writeWorkbook(scratch, QStringLiteral("a.x1db"), workbookOf(a.name, {a})),
            writeWorkbook(scratch, QStringLiteral("b.x1db"), workbookOf(b.name, {b})),
            writeWorkbook(scratch, QStringLiteral("c.x1db"), workbookOf(c.name, {c})),
            writeWorkbook(scratch, QStringLiteral("a-again.x1db"), workbookOf(a.name, {a}, QDate(2019, 4, 23)))};
}

} // namespace

TEST_CASE("merge makes a new workbook and refuses to overwrite one without --force", "[merge][cli]")
{
    FixedClock clock;
    Scratch scratch;
    const QStringList sources = cityFiles(scratch);
    Untouched untouched(sources);
    const QString out = scratch.path(QStringLiteral("成都市.x1db"));
    const QStringList merge = QStringList{QStringLiteral("merge"), out} + sources
        + QStringList{QStringLiteral("--unit"), QStringLiteral("成都市教育局")};
    const CliRun run = runCli(merge);
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("读取来源 4 个")));
    CHECK(run.err.contains(QStringLiteral("新增学校 3 所")));
    CHECK(run.err.contains(QStringLiteral("合并相同的重复 1 所")));

    const QString before = sha256Of(out);
    const CliRun again = runCli(merge);
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("已存在")));
    CHECK(sha256Of(out) == before);
    CHECK(runCli(merge + QStringList{QStringLiteral("--force")}).exitCode == 0);

    const QJsonObject stats = jsonOf(runCli({QStringLiteral("stats"), out, QStringLiteral("--json")}).out);
    CHECK(stats[u"schools"].toInt() == 3);
    CHECK(stats[u"conflicts"].toInt() == 0);
    CHECK(stats[u"byCity"][u"成都市"][u"schools"].toInt() == 2);
    CHECK(stats[u"byCity"][u"宜宾市"][u"students"].toInt() == 80);
}

TEST_CASE("shuffled sources give the same merged workbook", "[merge][cli]")
{
    FixedClock clock;
    Scratch scratch;
    const QStringList sources = cityFiles(scratch);
    Untouched untouched(sources);
    const QStringList shuffled = {sources[2], sources[3], sources[0], sources[1]};
    const QString one = scratch.path(QStringLiteral("one.x1db"));
    const QString two = scratch.path(QStringLiteral("two.x1db"));
    const QStringList unit = {QStringLiteral("--unit"), QStringLiteral("成都市教育局")};
    REQUIRE(runCli(QStringList{QStringLiteral("merge"), one} + sources + unit).exitCode == 0);
    REQUIRE(runCli(QStringList{QStringLiteral("merge"), two} + shuffled + unit).exitCode == 0);
    const QByteArray json = exportedJson(scratch, one);
    CHECK(json.contains("成都市财贸职业高级中学"));
    CHECK(json == exportedJson(scratch, two));
}

TEST_CASE("import twice changes nothing and adopts an empty header from the first source", "[merge][cli]")
{
    FixedClock clock;
    Scratch scratch;
    const QStringList sources = cityFiles(scratch);
    Untouched untouched(sources);
    const QString workbook = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(runCli({QStringLiteral("new"), workbook, QStringLiteral("--profile"), QStringLiteral("sc-2019")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("import"), workbook, sources[0]}).exitCode == 0);
    const QString once = sha256Of(workbook);
    const CliRun again = runCli({QStringLiteral("import"), workbook, sources[0]});
    CHECK(again.exitCode == 0);
    CHECK(again.err.contains(QStringLiteral("其中 1 个已导入过")));
    CHECK(sha256Of(workbook) == once);
    const CliRun itself = runCli({QStringLiteral("import"), workbook, workbook});
    CHECK(itself.exitCode == 2);
    CHECK(itself.err.contains(QStringLiteral("要导入到的工作簿本身")));
    CHECK(sha256Of(workbook) == once);
    const QJsonObject exported = QJsonDocument::fromJson(exportedJson(scratch, workbook)).object();
    CHECK(exported[u"unit"].toString() == u"成都市礼仪职业中学");
    CHECK(exported[u"contact"].toString() == u"王伟");
}

TEST_CASE("a corrupt source and a newer-format source are refused while the good ones are merged", "[merge][cli]")
{
    FixedClock clock;
    Scratch scratch;
    QStringList sources = cityFiles(scratch);
    const QString corrupt = scratch.path(QStringLiteral("坏文件.x1db"));
    writeBytes(corrupt, readBytes(sources[0]).left(3000));
    QByteArray newerBytes = readBytes(sources[1]);
    newerBytes[63] = char(99); // schema version 99
    const QString newer = scratch.path(QStringLiteral("newer.x1db"));
    writeBytes(newer, newerBytes);
    const QString notes = scratch.path(QStringLiteral("notes.txt"));
    writeBytes(notes, "hello");
    sources << corrupt << newer << notes;
    Untouched untouched(sources);
    const QString out = scratch.path(QStringLiteral("out.x1db"));
    const QString report = scratch.path(QStringLiteral("report.json"));
    const QStringList merge = QStringList{QStringLiteral("merge"), out} + sources
        + QStringList{QStringLiteral("--unit"), QStringLiteral("成都市教育局"), QStringLiteral("--report"), report};

    SECTION("without --strict: exit 1, the good sources merged")
    {
        const CliRun run = runCli(merge);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("拒绝来源 3 个")));
        CHECK(run.err.contains(QStringLiteral("更新版本")));
        const QJsonObject json = readJson(report);
        CHECK(json[u"schoolsAdded"].toInt() == 3);
        CHECK(json[u"written"].toBool());
        const QJsonArray refused = json[u"refused"].toArray();
        REQUIRE(refused.size() == 3);
        CHECK(refused[0][u"file"].toString() == corrupt);
        CHECK(refused[0][u"reason"].toString().contains(QStringLiteral("不完整或已损坏")));
        CHECK(refused[1][u"reason"].toString().contains(QStringLiteral("第 99 版")));
        CHECK(refused[2][u"reason"].toString().contains(QStringLiteral("不支持的文件类型")));
        CHECK(jsonOf(runCli({QStringLiteral("stats"), out, QStringLiteral("--json")}).out)[u"schools"].toInt() == 3);
    }
    SECTION("with --strict: exit 2, nothing written")
    {
        const CliRun run = runCli(merge + QStringList{QStringLiteral("--strict")});
        CHECK(run.exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(readJson(report)[u"written"].toBool() == false);
    }
    SECTION("every source refused: exit 2")
    {
        CHECK(runCli({QStringLiteral("merge"), out, corrupt, newer, QStringLiteral("--unit"), QStringLiteral("x")}).exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("conflicts: fail writes nothing, import keeps both until resolve", "[merge][cli]")
{
    FixedClock clock;
    Scratch scratch;
    const QString name = QStringLiteral("成都市礼仪职业中学");
    const QString older = writeWorkbook(scratch, QStringLiteral("旧.x1db"),
                                        workbookOf(name, {schoolNamed(name, QStringLiteral("中职"), QStringLiteral("成都市"), 90)}, QDate(2019, 4, 20)));
    const QString newer = writeWorkbook(scratch, QStringLiteral("新.x1db"),
                                        workbookOf(name, {schoolNamed(name, QStringLiteral("中职"), QStringLiteral("成都市"), 95)}, QDate(2019, 4, 24)));
    Untouched untouched({older, newer});
    const QString out = scratch.path(QStringLiteral("out.x1db"));
    const QString report = scratch.path(QStringLiteral("r.json"));
    const QStringList unit = {QStringLiteral("--unit"), QStringLiteral("成都市教育局")};

    const CliRun failed = runCli(QStringList{QStringLiteral("merge"), out, older, newer, QStringLiteral("--report"), report} + unit);
    CHECK(failed.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(failed.err.contains(QStringLiteral("冲突：成都市礼仪职业中学")));
    CHECK(failed.err.contains(QStringLiteral("90人")));
    CHECK(failed.err.contains(QStringLiteral("95人")));
    const QJsonArray conflicts = readJson(report)[u"conflicts"].toArray();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0][u"versions"].toArray().size() == 2);

    const CliRun newest = runCli(QStringList{QStringLiteral("merge"), out, older, newer, QStringLiteral("--on-conflict"), QStringLiteral("newest")} + unit);
    CHECK(newest.exitCode == 0);
    CHECK(jsonOf(runCli({QStringLiteral("stats"), out, QStringLiteral("--json")}).out)[u"students"].toInt() == 95);
    QFile::remove(out);

    REQUIRE(runCli(QStringList{QStringLiteral("new"), out, QStringLiteral("--profile"), QStringLiteral("sc-2019")} + unit).exitCode == 0);
    CHECK(runCli({QStringLiteral("import"), out, older, newer}).exitCode == 1);
    QJsonObject stats = jsonOf(runCli({QStringLiteral("stats"), out, QStringLiteral("--json")}).out);
    CHECK(stats[u"conflicts"].toInt() == 1);
    CHECK(stats[u"schools"].toInt() == 1);

    const CliRun sources = runCli({QStringLiteral("sources"), out, QStringLiteral("--json")});
    CHECK(sources.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(sources.out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    CHECK(list[0][u"schoolsInConflict"].toInt() == 1);
    CHECK(list[0][u"importedAt"].toString() == u"2019-04-28T10:00:00.000");

    CHECK(runCli({QStringLiteral("resolve"), out, name, QStringLiteral("--keep"), QStringLiteral("nope")}).exitCode == 2);
    const CliRun resolved = runCli({QStringLiteral("resolve"), out, name, QStringLiteral("--keep"), sha256Of(older).left(8)});
    CHECK(resolved.exitCode == 0);
    stats = jsonOf(runCli({QStringLiteral("stats"), out, QStringLiteral("--json")}).out);
    CHECK(stats[u"conflicts"].toInt() == 0);
    CHECK(stats[u"students"].toInt() == 90);
}

TEST_CASE("the province merges two 市州 workbooks and a 高职 school's own file into the 汇总表", "[merge][cli]")
{
    FixedClock clock;
    Scratch scratch;
    const QStringList schoolsOfChengdu = cityFiles(scratch).mid(0, 2);
    School yibin = schoolNamed(QStringLiteral("宜宾市职业技术学校"), QStringLiteral("中职"), QStringLiteral("宜宾市"), 80);
    const QString yibinSchool = writeWorkbook(scratch, QStringLiteral("yibin-school.x1db"), workbookOf(yibin.name, {yibin}));
    School college = schoolNamed(QStringLiteral("四川工程职业技术学院"), QStringLiteral("高职"), QStringLiteral("德阳市"), 300);
    college.affiliation = QStringLiteral("省属");
    college.schoolCode = QStringLiteral("5101000300");
    const QString collegeFile = writeWorkbook(scratch, QStringLiteral("college.x1db"), workbookOf(college.name, {college}));
    const QString chengdu = scratch.path(QStringLiteral("成都市.x1db"));
    const QString yibinCity = scratch.path(QStringLiteral("宜宾市.x1db"));
    REQUIRE(runCli(QStringList{QStringLiteral("merge"), chengdu} + schoolsOfChengdu
                   + QStringList{QStringLiteral("--unit"), QStringLiteral("成都市教育局")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("merge"), yibinCity, yibinSchool, QStringLiteral("--unit"), QStringLiteral("宜宾市教育局")}).exitCode == 0);
    {
        Workbook withExplanation = WorkbookFile::read(chengdu).value();
        withExplanation.explanations.insert(QStringLiteral("W06|成都市礼仪职业中学|Web前端开发|"), QStringLiteral("条件佐证材料随纸质件报送"));
        REQUIRE(WorkbookFile::write(chengdu, withExplanation).ok());
    }
    const QMap<QString, QString> chengduExplanations = WorkbookFile::read(chengdu)->explanations;
    Untouched untouched({chengdu, yibinCity, collegeFile});

    const QString province = scratch.path(QStringLiteral("四川省.x1db"));
    const CliRun run = runCli({QStringLiteral("merge"), province, chengdu, yibinCity, collegeFile, QStringLiteral("--profile"),
                               QStringLiteral("moe-2019"), QStringLiteral("--unit"), QStringLiteral("四川省教育厅"),
                               QStringLiteral("--contact"), QStringLiteral("李明"), QStringLiteral("--phone"),
                               QStringLiteral("028-86110000")});
    CHECK(run.exitCode == 0);
    Result<Workbook> merged = WorkbookFile::read(province);
    REQUIRE(merged.ok());
    CHECK(merged->header.profileId == u"moe-2019");
    CHECK(merged->header.contact == u"李明");
    QStringList names;
    for (const School& school : merged->schools)
        names << school.name;
    CHECK(names == QStringList{QStringLiteral("成都市财贸职业高级中学"), QStringLiteral("成都市礼仪职业中学"),
                               QStringLiteral("四川工程职业技术学院"), QStringLiteral("宜宾市职业技术学校")});
    // Each school remembers its own file; the 市州 workbooks are sources too.
    QStringList origins;
    for (const School& school : merged->schools)
        origins << merged->sourceById(school.sourceId)->fileName;
    CHECK(origins == QStringList{QStringLiteral("b.x1db"), QStringLiteral("a.x1db"), QStringLiteral("college.x1db"),
                                 QStringLiteral("yibin-school.x1db")});
    CHECK(merged->sources.size() == 6);
    CHECK(merged->explanations == chengduExplanations);
    const QJsonObject stats = jsonOf(runCli({QStringLiteral("stats"), province, QStringLiteral("--json")}).out);
    CHECK(stats[u"schools"].toInt() == 4);
    CHECK(stats[u"byCity"][u"德阳市"][u"students"].toInt() == 300);
    CHECK(stats[u"bySchoolType"][u"高职"].toInt() == 1);
}

TEST_CASE("a school's Excel form beside its own workbook folds into one school with the workbook's details", "[merge][cli]")
{
    FixedClock clock;
    Scratch scratch;
    School school = schoolNamed(QStringLiteral("四川省商务学校"), QStringLiteral("中职"), QStringLiteral("成都市"), 75);
    school.affiliation = QStringLiteral("省属");
    school.schoolCode = QStringLiteral("5101000777");
    school.rows[0].evidence.teamSize = 12;
    school.rows[0].evidence.dualQualified = 7;
    const QString workbook = writeWorkbook(scratch, QStringLiteral("商务学校.x1db"), workbookOf(school.name, {school}));
    const QString form = scratch.path(QStringLiteral("商务学校.xlsx"));
    REQUIRE(runCli({QStringLiteral("export"), workbook, QStringLiteral("--xlsx"), form}).exitCode == 0);
    Untouched untouched({workbook, form});

    for (const QStringList& order : {QStringList{form, workbook}, QStringList{workbook, form}}) {
        const QString out = scratch.path(QStringLiteral("out.x1db"));
        const CliRun run = runCli(QStringList{QStringLiteral("merge"), out, QStringLiteral("--unit"), QStringLiteral("四川省教育厅"),
                                              QStringLiteral("--force")} + order);
        CAPTURE(run.err);
        CHECK(run.exitCode == 0);
        CHECK(run.err.contains(QStringLiteral("合并相同的重复 1 所")));
        Result<Workbook> merged = WorkbookFile::read(out);
        REQUIRE(merged.ok());
        REQUIRE(merged->schools.size() == 1);
        const School& kept = merged->schools[0];
        CHECK(kept.schoolCode == school.schoolCode);
        CHECK(kept.affiliation == u"省属");
        CHECK(kept.rows[0].evidence == school.rows[0].evidence);
        CHECK(merged->sourceById(kept.sourceId)->fileName == u"商务学校.x1db");
    }
}

TEST_CASE("a JSON interchange file is a source like its workbook", "[merge][cli]")
{
    FixedClock clock;
    Scratch scratch;
    const QStringList sources = cityFiles(scratch);
    const QString json = scratch.path(QStringLiteral("c.json"));
    REQUIRE(runCli({QStringLiteral("export"), sources[2], QStringLiteral("--json"), json}).exitCode == 0);
    Untouched untouched({json, sources[2]});
    const QString out = scratch.path(QStringLiteral("out.x1db"));
    const CliRun run = runCli({QStringLiteral("merge"), out, json, sources[2], QStringLiteral("--unit"), QStringLiteral("宜宾市教育局")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("新增学校 1 所")));
    CHECK(run.err.contains(QStringLiteral("合并相同的重复 1 所")));
    const QString listed = runCli({QStringLiteral("sources"), out}).out;
    CHECK(listed.contains(QStringLiteral("c.json")));
    CHECK(listed.contains(QStringLiteral("c.x1db")));
}

TEST_CASE("hand-filled Excel forms (.xlsx, .xls) merged with a refusal and cells not understood", "[merge][cli]")
{
    FixedClock clock;
    Scratch scratch;
    const QStringList sources = {dataFile(QStringLiteral("forms/01_merged_school_cells.xlsx")),
                                 dataFile(QStringLiteral("forms/27_xls_merged_school_cells.xls")),
                                 dataFile(QStringLiteral("forms/19_cells_not_understood.xlsx")),
                                 dataFile(QStringLiteral("forms/26_not_a_spreadsheet.xlsx"))};
    Untouched untouched(sources);
    QByteArray exported;
    for (const QStringList& order : {sources, QStringList{sources[3], sources[2], sources[1], sources[0]}}) {
        const QString out = scratch.path(QStringLiteral("out.x1db"));
        const QString report = scratch.path(QStringLiteral("report.json"));
        const CliRun run = runCli(QStringList{QStringLiteral("merge"), out, QStringLiteral("--unit"), QStringLiteral("成都市教育局"),
                                              QStringLiteral("--report"), report, QStringLiteral("--force")}
                                  + order);
        CAPTURE(run.err);
        CHECK(run.exitCode == 1);
        const QJsonObject json = readJson(report);
        CHECK(json[u"sourcesRead"].toInt() == 3);
        CHECK(json[u"schoolsAdded"].toInt() == 4);
        CHECK(json[u"duplicatesFolded"].toInt() == 2);
        CHECK(json[u"conflicts"].toArray().isEmpty());
        REQUIRE(json[u"refused"].toArray().size() == 1);
        CHECK(json[u"refused"][0][u"file"].toString() == sources[3]);
        const QJsonArray cells = json[u"cellsNotUnderstood"].toArray();
        CHECK(cells.size() == 6);
        for (const QJsonValue& cell : cells)
            CHECK(cell[u"file"].toString() == u"19_cells_not_understood.xlsx");
        CHECK(run.err.contains(QStringLiteral("无法识别：19_cells_not_understood.xlsx")));
        const QByteArray merged = exportedJson(scratch, out);
        if (exported.isEmpty())
            exported = merged;
        CHECK(merged == exported);
    }
}
