#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "printout/printed_form.h"
#include "rules/check_engine.h"
#include "storage/workbook_file.h"
#include "xlsx/form_xlsx_writer.h"
#include "xlsx/xlsx_writer_package.h"
#include "xlsx/xlsx_writer_pagination.h"
#include "xlsx/xlsx_writer_text_metrics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace x1;
using namespace x1::test;

namespace {

// The cells of one sheet as text (inline or shared strings resolved), its merges and its row heights.
struct SheetXml {
    QMap<QString, QString> cells;
    QStringList merges;
    QMap<int, double> rowHeights;
};

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"si")
            current.clear();
        else if (reader.isStartElement() && reader.name() == u"t")
            current += reader.readElementText();
        else if (reader.isEndElement() && reader.name() == u"si")
            strings << current;
    }
    return strings;
}

SheetXml parseSheet(const QByteArray& xml, const QStringList& strings)
{
    SheetXml sheet;
    QXmlStreamReader reader(xml);
    QString ref, type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto attributes = reader.attributes();
        if (reader.name() == u"row" && attributes.hasAttribute(QLatin1StringView("ht")))
            sheet.rowHeights.insert(attributes.value(QLatin1StringView("r")).toInt(), attributes.value(QLatin1StringView("ht")).toDouble());
        else if (reader.name() == u"c") {
            ref = attributes.value(QLatin1StringView("r")).toString();
            type = attributes.value(QLatin1StringView("t")).toString();
        } else if (reader.name() == u"v") {
            const QString value = reader.readElementText();
            sheet.cells.insert(ref, type == u"s" ? strings.value(value.toInt()) : value);
        } else if (reader.name() == u"t" && type == u"inlineStr") {
            sheet.cells[ref] += reader.readElementText();
        } else if (reader.name() == u"mergeCell")
            sheet.merges << attributes.value(QLatin1StringView("ref")).toString();
    }
    return sheet;
}

struct Exported {
    QMap<QString, QByteArray> parts;
    SheetXml form, selfCheck;
    QString stdoutText;
    QString code;
};

Exported exportWorkbook(const Workbook& workbook)
{
    Scratch scratch;
    const QString source = scratch.path(QStringLiteral("w.x1db"));
    const QString target = scratch.path(QStringLiteral("申报表.xlsx"));
    REQUIRE(WorkbookFile::create(source, workbook).ok());
    const CliRun run = runCli({QStringLiteral("export"), source, QStringLiteral("--xlsx"), target});
    INFO(run.err);
    // A workbook with errors exports as a draft, with exit 1 (CLI.md).
    const int errors = CheckSummary::of(checkWorkbook(workbook, Catalog::builtIn(), {})).errors;
    REQUIRE(run.exitCode == (errors > 0 ? 1 : 0));
    Result<QMap<QString, QByteArray>> parts = xlsx::readPackageParts(target);
    REQUIRE(parts.ok());
    Exported exported;
    exported.parts = parts.value();
    exported.stdoutText = run.out;
    exported.code = PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;
    const QStringList strings = sharedStrings(exported.parts.value(QStringLiteral("xl/sharedStrings.xml")));
    exported.form = parseSheet(exported.parts.value(QStringLiteral("xl/worksheets/sheet1.xml")), strings);
    exported.selfCheck = parseSheet(exported.parts.value(QStringLiteral("xl/worksheets/sheet2.xml")), strings);
    return exported;
}

} // namespace

TEST_CASE("the exported form holds the printed cells, merged per school", "[xlsx]")
{
    Workbook workbook = sampleWorkbook(3, 2);
    workbook.schools[2].rows.removeLast(); // a school of one row is not merged
    const Exported x = exportWorkbook(workbook);

    CHECK(x.stdoutText == QStringLiteral("校验码: %1\n").arg(x.code));
    CHECK(x.form.cells.value(QStringLiteral("A1")) == u"附件");
    CHECK(x.form.cells.value(QStringLiteral("A2")) == u"四川省首批1+X证书制度试点院校申报表");
    CHECK(x.form.cells.value(QStringLiteral("A3")) == u"报送单位：（盖章）成都市教育局");
    CHECK(x.form.cells.value(QStringLiteral("E3")) == u"联系人及电话：王伟 028-86110894");
    const QStringList header = {QStringLiteral("序号"), QStringLiteral("试点院校名称"), QStringLiteral("学校类型"),
                                QStringLiteral("参与试点证书及等级"), QStringLiteral("参与试点专业数量"),
                                QStringLiteral("参与试点专业名称"), QStringLiteral("参与试点学生规模"), QStringLiteral("备注")};
    for (int c = 0; c < 8; ++c)
        CHECK(x.form.cells.value(QChar(u'A' + c) + QStringLiteral("4")) == header[c]);

    CHECK(x.form.cells.value(QStringLiteral("A5")) == u"1");
    CHECK(x.form.cells.value(QStringLiteral("B5")) == u"四川第1职业技术学院");
    CHECK(x.form.cells.value(QStringLiteral("C5")) == u"高职");
    CHECK(x.form.cells.value(QStringLiteral("D5")) == u"建筑信息模型（BIM）（初级、中级）");
    CHECK(x.form.cells.value(QStringLiteral("D6")) == u"Web前端开发（初级、中级）");
    CHECK(x.form.cells.value(QStringLiteral("F5")) == workbook.schools[0].rows[0].majors.join(u'、'));
    CHECK(x.form.cells.value(QStringLiteral("G5")) == workbook.schools[0].rows[0].students);
    CHECK(x.form.cells.value(QStringLiteral("H6")) == u"校企合作");
    CHECK_FALSE(x.form.cells.contains(QStringLiteral("B6"))); // merged away
    CHECK(x.form.cells.value(QStringLiteral("A9")) == u"3");
    CHECK(x.form.cells.value(QStringLiteral("A10")) == u"1.报送单位为市州级教育行政部门或高职院校或省属中职学校");
    CHECK(x.form.cells.value(QStringLiteral("A14")) == u"填报日期：2019年4月22日");

    for (const char* merge : {"A5:A6", "B5:B6", "C5:C6", "A7:A8", "B7:B8", "C7:C8", "A2:H2", "A3:D3", "E3:H3"})
        CHECK(x.form.merges.contains(QString::fromLatin1(merge)));
    CHECK_FALSE(x.form.merges.contains(QStringLiteral("A9:A9")));
    for (const QString& merge : x.form.merges)
        CHECK_FALSE(merge.startsWith(u"A9"));
}

TEST_CASE("the exported form is set up for printing", "[xlsx]")
{
    const Exported x = exportWorkbook(sampleWorkbook(2, 2));
    const QString sheet = QString::fromUtf8(x.parts.value(QStringLiteral("xl/worksheets/sheet1.xml")));
    const QString book = QString::fromUtf8(x.parts.value(QStringLiteral("xl/workbook.xml")));
    CHECK(sheet.contains(u"<pageSetUpPr fitToPage=\"1\"/>"));
    CHECK(sheet.contains(u"<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\" useFirstPageNumber=\"1\"/>"));
    CHECK(sheet.contains(u"<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"));
    // Numbered on its own (共 1 页, not Excel's &N that would count the 条件自查 sheet), — N — as in the PDF.
    CHECK(sheet.contains(QStringLiteral("<oddFooter>&amp;C— &amp;P —&amp;R&amp;8第 &amp;P 页 共 1 页　校验码：%1</oddFooter>").arg(x.code)));
    CHECK(x.parts.contains(QStringLiteral("xl/media/image1.png")));
    CHECK(sheet.contains(u"<drawing r:id=\"rId1\"/>"));
    CHECK(book.contains(u"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'四川省首批1+X证书制度试点院校申报表'!$4:$4</definedName>"));
    CHECK(book.contains(u"<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'四川省首批1+X证书制度试点院校申报表'!$A$1:$H$13</definedName>"));
    const QString styles = QString::fromUtf8(x.parts.value(QStringLiteral("xl/styles.xml")));
    CHECK(styles.contains(u"<name val=\"宋体\"/>"));
    CHECK(styles.contains(u"<name val=\"黑体\"/>"));
}

TEST_CASE("every row of the form gets a computed height", "[xlsx]")
{
    Workbook workbook = sampleWorkbook(2, 1);
    workbook.schools[0].name = QStringLiteral("四川省某某某某某某某某某某某某某某某某某某职业技术学院"); // 3 lines in column B
    workbook.schools[1].rows[0].majors = QStringList(12, QStringLiteral("计算机应用技术"));
    workbook.schools[1].rows[0].majorCount.clear();
    workbook.schools[1].rows << workbook.schools[1].rows[0];
    workbook.schools[1].rows[1].majors = {QStringLiteral("护理")};
    workbook.schools[1].rows[1].certificate = QStringLiteral("老年照护");
    const Exported x = exportWorkbook(workbook);

    const double oneLine = xlsx::rowHeightForLines(1, 11);
    for (int r = 1; r <= 12; ++r)
        CHECK(x.form.rowHeights.contains(r));
    CHECK(x.form.rowHeights.value(4) == xlsx::rowHeightForLines(2, 11)); // header: 参与试点专业数量 wraps
    CHECK(x.form.rowHeights.value(5) == xlsx::cellHeight(workbook.schools[0].name, 26, 11));
    CHECK(x.form.rowHeights.value(5) > 2 * oneLine);
    CHECK(x.form.rowHeights.value(6) == xlsx::cellHeight(workbook.schools[1].rows[0].majors.join(u'、'), 34, 11));
    CHECK(x.form.rowHeights.value(6) > 4 * oneLine);
    CHECK(x.form.rowHeights.value(7) == xlsx::rowHeightForLines(2, 11)); // 老年照护（初级、中级） wraps in D
    CHECK(x.form.rowHeights.value(8) == xlsx::rowHeightForLines(1, 10.5)); // a note
}

TEST_CASE("a long school name spreads its height over the school's rows", "[xlsx]")
{
    Workbook workbook = sampleWorkbook(1, 2);
    workbook.schools[0].name = QString(60, QChar(0x6821)); // 60 CJK characters: 6 lines in column B
    const Exported x = exportWorkbook(workbook);
    const double needed = xlsx::cellHeight(workbook.schools[0].name, 26, 11);
    CHECK(x.form.rowHeights.value(5) + x.form.rowHeights.value(6) >= needed);
    CHECK(x.form.rowHeights.value(5) + x.form.rowHeights.value(6) <= needed + 0.5);
    CHECK(x.form.rowHeights.value(5) == x.form.rowHeights.value(6));
}

TEST_CASE("text that looks like a formula is written as text", "[xlsx]")
{
    Workbook workbook = sampleWorkbook(1, 3);
    workbook.schools[0].name = QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")");
    workbook.schools[0].rows[0].remark = QStringLiteral("+1");
    workbook.schools[0].rows[1].remark = QStringLiteral("-2");
    workbook.schools[0].rows[2].remark = QStringLiteral("@SUM(A1)");
    workbook.schools[0].rows[2].students = QStringLiteral("=1+1");
    const Exported x = exportWorkbook(workbook);
    for (auto it = x.parts.begin(); it != x.parts.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK_FALSE(it.value().contains("<f>"));
        CHECK_FALSE(it.value().contains("<f "));
    }
    CHECK(x.form.cells.value(QStringLiteral("B5")) == workbook.schools[0].name);
    CHECK(x.form.cells.value(QStringLiteral("H5")) == u"+1");
    CHECK(x.form.cells.value(QStringLiteral("H6")) == u"-2");
    CHECK(x.form.cells.value(QStringLiteral("H7")) == u"@SUM(A1)");
    CHECK(x.form.cells.value(QStringLiteral("G7")) == u"=1+1");
}

TEST_CASE("the document properties name the form, the unit, the date and the code", "[xlsx]")
{
    const Exported x = exportWorkbook(sampleWorkbook(1, 1));
    const QString core = QString::fromUtf8(x.parts.value(QStringLiteral("docProps/core.xml")));
    const QString app = QString::fromUtf8(x.parts.value(QStringLiteral("docProps/app.xml")));
    const QString custom = QString::fromUtf8(x.parts.value(QStringLiteral("docProps/custom.xml")));
    CHECK(core.contains(u"<dc:title>四川省首批1+X证书制度试点院校申报表</dc:title>"));
    CHECK(core.contains(u"<dcterms:created xsi:type=\"dcterms:W3CDTF\">2019-04-22T00:00:00Z</dcterms:created>"));
    CHECK(app.contains(u"<Company>成都市教育局</Company>"));
    CHECK(custom.contains(QStringLiteral("name=\"校验码\"><vt:lpwstr>%1</vt:lpwstr>").arg(x.code)));
}

TEST_CASE("the self-check sheet shows each row's evidence", "[xlsx]")
{
    Workbook workbook = sampleWorkbook(2, 1);
    workbook.schools[0].rows[0].evidence.enrolment << MajorEnrolment{QStringLiteral("护理"), {100, std::nullopt, 120}};
    workbook.schools[1].rows[0].evidence = {};
    workbook.explanations.insert(QStringLiteral("W05|四川第1职业技术学院||"), QStringLiteral("学校正在申报省级示范校"));
    const Exported x = exportWorkbook(workbook);
    CHECK(x.selfCheck.cells.value(QStringLiteral("A1")) == u"条件自查（不属于盖章申报表，不计入校验码）");
    CHECK(x.selfCheck.cells.value(QStringLiteral("D2")) == u"专业近三年招生人数（2016/2017/2018）");
    CHECK(x.selfCheck.cells.value(QStringLiteral("B3")) == u"四川第1职业技术学院");
    CHECK(x.selfCheck.cells.value(QStringLiteral("D3")) == u"护理 100/—/120");
    CHECK(x.selfCheck.cells.value(QStringLiteral("E3")) == u"是：三年社会培训");
    CHECK(x.selfCheck.cells.value(QStringLiteral("F3")) == u"未填");
    CHECK(x.selfCheck.cells.value(QStringLiteral("G3")) == u"团队 10 人\n双师型 6（60%）\n行业企业专家 2（20%）");
    CHECK(x.selfCheck.cells.value(QStringLiteral("G4")) == u"未填");
    CHECK(x.selfCheck.cells.value(QStringLiteral("J2")) == u"检查结果");
    CHECK(x.selfCheck.cells.value(QStringLiteral("K2")) == u"说明");
    // The school's own finding (W05, explained) goes with its first row, then the row's own.
    const QString found = x.selfCheck.cells.value(QStringLiteral("J3"));
    CHECK(found.startsWith(u"W05 四川第1职业技术学院没有所列的办学水平层次"));
    // The row names the school and the certificate already; the message goes on from there.
    CHECK(found.contains(u"\nW06 试点条件佐证未填写："));
    const QString explained = x.selfCheck.cells.value(QStringLiteral("K3"));
    CHECK(explained.startsWith(u"W05 学校正在申报省级示范校\n"));
    CHECK(explained.contains(u"W06 （未说明）"));
    CHECK(x.selfCheck.rowHeights.value(3) == xlsx::cellHeight(found, 50, 10.5));
}

TEST_CASE("export refuses an unwritable target and leaves an existing file alone", "[xlsx]")
{
    Scratch scratch;
    const QString source = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(WorkbookFile::create(source, sampleWorkbook(1, 1)).ok());
    const CliRun missingFolder =
        runCli({QStringLiteral("export"), source, QStringLiteral("--xlsx"), scratch.path(QStringLiteral("no/such/out.xlsx"))});
    CHECK(missingFolder.exitCode == 2);
    CHECK(missingFolder.out.isEmpty());
    CHECK(QDir(scratch.path(QString())).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("w.x1db")});
}

TEST_CASE("the same workbook exports to the same XML", "[xlsx]")
{
    const Exported first = exportWorkbook(sampleWorkbook(2, 2));
    const Exported second = exportWorkbook(sampleWorkbook(2, 2));
    CHECK(first.parts == second.parts);
}

TEST_CASE("page breaks keep a school's rows on one page when they fit", "[xlsx]")
{
    // Rows 0-1: title and header (repeated); then schools of 2, 3 and 1 rows of 100 pt each.
    xlsx::Pagination pagination{400, 1, {30, 20, 100, 100, 100, 100, 100, 100}, {{2, 3}, {4, 6}, {7, 7}}};
    // Page 1: 50 + 200 = 250, the next school (300) does not fit: page 2 starts at row 4;
    // page 2: 20 + 300 = 320, the last school (100) does not fit: page 3 starts at row 7.
    CHECK(pagination.pageBreaks() == QList<int>{4, 7});

    // A school taller than a page breaks where its rows stop fitting.
    xlsx::Pagination tall{250, 1, {30, 20, 100, 100, 100, 100}, {{2, 5}}};
    CHECK(tall.pageBreaks() == QList<int>{4});
}

TEST_CASE("a long form gets page breaks between schools", "[xlsx]")
{
    const Exported x = exportWorkbook(sampleWorkbook(40, 3));
    const QString sheet = QString::fromUtf8(x.parts.value(QStringLiteral("xl/worksheets/sheet1.xml")));
    const QRegularExpression brk(QStringLiteral("<brk id=\"(\\d+)\" max=\"16383\" man=\"1\"/>"));
    int breaks = 0;
    for (const QRegularExpressionMatch& match : brk.globalMatch(sheet)) {
        ++breaks;
        // The break is above a school's first row: rows 5, 8, 11 … (1-based) start schools.
        CHECK((match.captured(1).toInt() + 1 - 5) % 3 == 0);
    }
    CHECK(breaks >= 6);
}

TEST_CASE("export with --no-self-check leaves the 条件自查 sheet out", "[xlsx]")
{
    Scratch scratch;
    const QString source = scratch.path(QStringLiteral("w.x1db"));
    const QString target = scratch.path(QStringLiteral("out.xlsx"));
    REQUIRE(WorkbookFile::create(source, sampleWorkbook(2, 1)).ok());
    const CliRun run = runCli({QStringLiteral("export"), source, QStringLiteral("--xlsx"), target, QStringLiteral("--no-self-check")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(u"校验码: X1-"));
    Result<QMap<QString, QByteArray>> parts = xlsx::readPackageParts(target);
    REQUIRE(parts.ok());
    CHECK(parts->contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK_FALSE(parts->contains(QStringLiteral("xl/worksheets/sheet2.xml")));
}

TEST_CASE("a school taller than a page has its name at the top of its merged cells", "[xlsx]")
{
    Workbook workbook = sampleWorkbook(2, 1);
    for (int r = 0; r < 24; ++r)
        workbook.schools[1].rows << workbook.schools[1].rows[0];
    const Exported x = exportWorkbook(workbook);
    const QString sheet = QString::fromUtf8(x.parts.value(QStringLiteral("xl/worksheets/sheet1.xml")));
    const QString styles = QString::fromUtf8(x.parts.value(QStringLiteral("xl/styles.xml")));
    const auto styleOf = [&](const QString& cell) {
        const QRegularExpression pattern(QStringLiteral("<c r=\"%1\" s=\"(\\d+)\"").arg(cell));
        return pattern.match(sheet).captured(1);
    };
    CHECK(styleOf(QStringLiteral("B5")) == styleOf(QStringLiteral("D5")));   // one row: centred
    CHECK(styleOf(QStringLiteral("B6")) != styleOf(QStringLiteral("D6")));   // 25 rows: top
    CHECK(styles.count(u"vertical=\"top\"") == 1);
    CHECK(x.form.merges.contains(QStringLiteral("B6:B30")));
    // Streamed rows: the name stays in the first cell, the cells below are bordered blanks.
    CHECK(x.form.cells.value(QStringLiteral("B6")) == workbook.schools[1].name);
    CHECK_FALSE(x.form.cells.contains(QStringLiteral("B30")));
    CHECK(styleOf(QStringLiteral("B30")) == styleOf(QStringLiteral("B6")));
}

TEST_CASE("export replaces an earlier file and refuses a folder as its target", "[xlsx]")
{
    Scratch scratch;
    const QString source = scratch.path(QStringLiteral("w.x1db"));
    const QString target = scratch.path(QStringLiteral("out.xlsx"));
    REQUIRE(WorkbookFile::create(source, sampleWorkbook(1, 1)).ok());
    writeBytes(target, "an older export");
    CHECK(runCli({QStringLiteral("export"), source, QStringLiteral("--xlsx"), target}).exitCode == 0);
    CHECK(xlsx::readPackageParts(target).ok());

    QDir(scratch.path(QString())).mkdir(QStringLiteral("folder.xlsx"));
    const CliRun refused = runCli({QStringLiteral("export"), source, QStringLiteral("--xlsx"), scratch.path(QStringLiteral("folder.xlsx"))});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"folder.xlsx"));
    CHECK(QFileInfo(scratch.path(QStringLiteral("folder.xlsx"))).isDir());
    const QStringList left = QDir(scratch.path(QString())).entryList(QDir::Files | QDir::Hidden);
    CHECK(left == (QStringList{QStringLiteral("out.xlsx"), QStringLiteral("w.x1db")}));
}

TEST_CASE("findings about the whole workbook follow the self-check table", "[xlsx]")
{
    // Five schools of one 建筑信息模型（BIM） row each in a 市州 workbook: W07 (concentration).
    const Exported x = exportWorkbook(sampleWorkbook(5, 1));
    const QString last = x.selfCheck.cells.value(QStringLiteral("A8"));
    CHECK(last.startsWith(u"全表：W07 "));
    CHECK(last.endsWith(u"；说明：（未说明）"));
    CHECK(x.selfCheck.merges.contains(QStringLiteral("A8:K8")));
}

TEST_CASE("wrapped lines are counted from the text alone", "[xlsx]")
{
    using xlsx::wrappedLineCount;
    CHECK(wrappedLineCount(QString(), 5) == 1);
    CHECK(wrappedLineCount(QString(4, QChar(0x6821)), 5) == 1);  // 4 em in 4.7 usable
    CHECK(wrappedLineCount(QString(10, QChar(0x6821)), 5) == 3); // 4 + 4 + 2
    CHECK(wrappedLineCount(QStringLiteral("校校\n校"), 5) == 2);
    // "Web前端" fits on a line of 5 em (3 × 0.55 + 2); "Web" is not split at the break.
    CHECK(wrappedLineCount(QStringLiteral("校校校Web前端"), 5) == 2);
    CHECK(wrappedLineCount(QStringLiteral("校校校校Web"), 5) == 2);
    // A Latin word longer than a line breaks inside: 20 × 0.55 = 11 em over lines of 4.7 em.
    CHECK(wrappedLineCount(QString(20, u'a'), 5) == 3);
    CHECK(xlsx::rowHeightForLines(1, 11) == 20.0);  // 11 × 1.45 + 4 = 19.95, up to the quarter
    CHECK(xlsx::rowHeightForLines(3, 11) == 52.0);  // 51.85
}
