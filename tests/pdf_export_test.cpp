// The sealed copy as PDF: text that pdftotext reads back right, A4 landscape, embedded fonts, and
// a QR code that decodes to the payload.
#include "support/catch.h"
#include "support/pdf_probe.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "printout/printed_form.h"
#include "pdf/pdf_export.h"
#include "storage/workbook_file.h"

#include <QFile>
#include <QFileInfo>

using namespace x1;
using namespace x1::test;

namespace {

// A form built by hand, so that the painter is tested on exactly the cells it is given.
PrintedForm handMadeForm(int schools, int rowsPerSchool)
{
    PrintedForm form;
    form.profileId = QStringLiteral("sc-2019");
    form.attachmentLabel = QStringLiteral("附件");
    form.title = QStringLiteral("四川省首批1+X证书制度试点院校申报表");
    form.unitLabel = QStringLiteral("报送单位：（盖章）");
    form.unit = QStringLiteral("广安市教育局");
    form.contactLabel = QStringLiteral("联系人及电话：");
    form.contact = QStringLiteral("王伟 028-86110894");
    form.columns = {QStringLiteral("序号"), QStringLiteral("试点院校名称"), QStringLiteral("学校类型"),
                    QStringLiteral("参与试点证书及等级"), QStringLiteral("参与试点专业数量"),
                    QStringLiteral("参与试点专业名称"), QStringLiteral("参与试点学生规模"), QStringLiteral("备注")};
    form.notes = {QStringLiteral("1.报送单位为市州级教育行政部门或高职院校或省属中职学校"),
                  QStringLiteral("2.“学校类型”栏填写中职、高职教育试点学校")};
    form.dateLabel = QStringLiteral("填报日期：");
    form.date = QStringLiteral("2019年4月22日");
    form.verificationCode = QStringLiteral("X1-7K3Q-M2PD-9WZT");
    const QStringList certificates = {QStringLiteral("汽车运用与维修（初级、中级）"), QStringLiteral("Web前端开发（初级、中级、高级）"),
                                      QStringLiteral("建筑信息模型（BIM）（初级）")};
    for (int s = 0; s < schools; ++s) {
        const QString name = s == 0 ? QStringLiteral("四川工业职业技术学院") : QStringLiteral("广安第%1职业技术学校").arg(s + 1);
        for (int r = 0; r < rowsPerSchool; ++r) {
            PrintedRow row;
            row.schoolIndex = s;
            row.rowIndex = r;
            row.firstOfSchool = r == 0;
            row.schoolRowSpan = r == 0 ? rowsPerSchool : 1;
            row.cells = {QString::number(s + 1), name, QStringLiteral("中职"), certificates[r % certificates.size()],
                         QStringLiteral("3"), QStringLiteral("汽车运用与维修、汽车车身修复、新能源汽车运用与维修"),
                         QString::number(100 + s), r == 1 ? QStringLiteral("校企合作共建实训基地，学生实习") : QString()};
            form.rows << row;
            form.students += 100 + s;
        }
    }
    form.schools = schools;
    return form;
}

} // namespace

TEST_CASE("a PDF of the form reads back right on every page", "[pdf]")
{
    Scratch scratch;
    const PrintedForm form = handMadeForm(40, 3);
    const QString path = scratch.path(QStringLiteral("form.pdf"));
    REQUIRE(pdf::writeFormPdf(form, path).ok());
    QFile::remove(QStringLiteral("/tmp/x1pdf_probe.pdf"));
    QFile::copy(path, QStringLiteral("/tmp/x1pdf_probe.pdf"));

    const PdfInfo info = pdfInfo(path);
    // Qt rounds the page to whole points; pdfinfo still names it A4. Landscape: wider than high.
    CHECK(info.pageSize == QStringLiteral("842 x 595 pts (A4)"));
    CHECK(info.title == form.title);
    CHECK(info.creator.startsWith(QStringLiteral("x1apply ")));
    REQUIRE(info.pages >= 3);

    QString all;
    for (int page = 1; page <= info.pages; ++page) {
        const QString text = pdfPageText(path, page);
        INFO("page " << page);
        CHECK(text.contains(form.verificationCode));
        CHECK(text.contains(QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(info.pages)));
        // pdftotext may leave out the thin spaces around the number.
        CHECK(QString(text).remove(u' ').contains(QStringLiteral("—%1—").arg(page)));
        CHECK(text.contains(QStringLiteral("参与试点专业名称"))); // the header row on every page
        all += text;
    }
    CHECK(pdfPageText(path, 1).contains(form.title));
    // Qt 6.4 with the whole Noto font would give the Kangxi radicals ⼯ ⼴ ⽣ ⻋ here.
    CHECK(all.contains(QStringLiteral("四川工业职业技术学院")));
    CHECK(all.contains(QStringLiteral("汽车运用与维修")));
    CHECK(all.contains(QStringLiteral("学生")));
    for (QChar radical : QStringLiteral("\u2f2f\u2f34\u2f63\u2ecb"))
        CHECK_FALSE(all.contains(radical));
    for (int s = 2; s <= 40; ++s)
        CHECK(all.contains(QStringLiteral("广安第%1职业技术学校").arg(s)));
    // The notes and the date never stand alone: the last school comes with them.
    CHECK(pdfPageText(path, info.pages).contains(QStringLiteral("填报日期：2019年4月22日")));
    CHECK(pdfPageText(path, info.pages).contains(QStringLiteral("广安第40职业技术学校")));

    const QList<PdfFont> fonts = pdfFonts(path);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const PdfFont& font : fonts) {
        INFO(font.name.toStdString());
        CHECK(font.embedded);
    }

    CHECK(decodeQrOnPage(path, info.pages - 1) == form.qrPayload());
}

TEST_CASE("the PDF keeps a school's rows on one page when they fit", "[pdf]")
{
    Scratch scratch;
    const PrintedForm form = handMadeForm(30, 4);
    const QString path = scratch.path(QStringLiteral("form.pdf"));
    REQUIRE(pdf::writeFormPdf(form, path).ok());
    const int pages = pdfInfo(path).pages;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfPageText(path, page);
        // Each school's name is printed once per page it appears on: a school is never split.
        for (int s = 2; s <= 30; ++s) {
            if (text.contains(QStringLiteral("广安第%1职业技术学校").arg(s)))
                CHECK_FALSE(pdfPageText(path, page + 1).contains(QStringLiteral("广安第%1职业技术学校").arg(s)));
        }
    }
}

TEST_CASE("export --pdf draws the workbook's form in both profiles and prints its code", "[pdf][cli]")
{
    for (const QString& profile : {QStringLiteral("sc-2019"), QStringLiteral("moe-2019")}) {
        INFO(profile.toStdString());
        Scratch scratch;
        const QString workbookPath = scratch.path(QStringLiteral("w.x1db"));
        Workbook workbook = sampleWorkbook(12, 3, profile);
        workbook.schools[0].name = QStringLiteral("四川工业职业技术学院");
        REQUIRE(WorkbookFile::create(workbookPath, workbook).ok());
        const PrintedForm form = PrintedForm::of(workbook, Catalog::builtIn());

        const QString pdfPath = scratch.path(QStringLiteral("表.pdf"));
        const CliRun run = runCli({QStringLiteral("export"), workbookPath, QStringLiteral("--pdf"), pdfPath});
        CHECK(run.exitCode == 0);
        CHECK(run.out == QStringLiteral("校验码: %1\n").arg(form.verificationCode));

        const PdfInfo info = pdfInfo(pdfPath);
        CHECK(info.title == form.title);
        REQUIRE(info.pages >= 2);
        QString all;
        for (int page = 1; page <= info.pages; ++page) {
            const QString text = pdfPageText(pdfPath, page);
            CHECK(text.contains(form.verificationCode));
            all += text;
        }
        CHECK(all.contains(form.title));
        CHECK(all.contains(form.notes.last()));
        if (!form.notesHeading.isEmpty())
            CHECK(all.contains(form.notesHeading));
        for (const School& school : workbook.schools)
            CHECK(all.contains(school.name));
        CHECK(decodeQrOnPage(pdfPath, info.pages - 1) == form.qrPayload());
    }
}

TEST_CASE("one student count changed: a new code, and verify with the old one fails", "[pdf][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    Workbook workbook = sampleWorkbook(4, 2);
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const CliRun first = runCli({QStringLiteral("export"), path, QStringLiteral("--pdf"), scratch.path(QStringLiteral("a.pdf"))});
    REQUIRE(first.exitCode == 0);
    const QString oldCode = first.out.section(u' ', 1).trimmed();

    workbook.schools[2].rows[1].students = QString::number(workbook.schools[2].rows[1].students.toInt() + 1);
    REQUIRE(WorkbookFile::write(path, workbook).ok());
    const CliRun second = runCli({QStringLiteral("export"), path, QStringLiteral("--pdf"), scratch.path(QStringLiteral("b.pdf"))});
    REQUIRE(second.exitCode == 0);
    const QString newCode = second.out.section(u' ', 1).trimmed();

    CHECK(newCode != oldCode);
    CHECK(pdfPageText(scratch.path(QStringLiteral("b.pdf")), 1).contains(newCode));
    CHECK(runCli({QStringLiteral("verify"), path, oldCode}).exitCode == 1);
    CHECK(runCli({QStringLiteral("verify"), path, newCode}).exitCode == 0);
}

TEST_CASE("a PDF that cannot be written leaves nothing behind and exits 2", "[pdf][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(1, 1)).ok());
    const QString target = scratch.path(QStringLiteral("missing-folder/form.pdf"));
    const CliRun run = runCli({QStringLiteral("export"), path, QStringLiteral("--pdf"), target});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("form.pdf")));
    CHECK_FALSE(QFile::exists(target));
}

TEST_CASE("export writes the XLSX and the PDF of the same form in one call", "[pdf][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    const Workbook workbook = sampleWorkbook(5, 2, QStringLiteral("moe-2019"));
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const QString code = PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;
    const CliRun run = runCli({QStringLiteral("export"), path, QStringLiteral("--xlsx"), scratch.path(QStringLiteral("f.xlsx")),
                               QStringLiteral("--pdf"), scratch.path(QStringLiteral("f.pdf"))});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("校验码: %1\n").arg(code)); // once, for both files
    CHECK(QFileInfo(scratch.path(QStringLiteral("f.xlsx"))).size() > 0);
    CHECK(pdfPageText(scratch.path(QStringLiteral("f.pdf")), 1).contains(code));
}

TEST_CASE("a school longer than a page continues with its name; long text is wrapped, not cut", "[pdf]")
{
    Scratch scratch;
    PrintedForm form = handMadeForm(2, 30);
    const QString remark = QStringLiteral("本校与四川工业企业共建实训基地，") + QString(QStringLiteral("学生")).repeated(60) + QStringLiteral("结束");
    form.rows[3].cells[7] = remark;
    const QString path = scratch.path(QStringLiteral("form.pdf"));
    REQUIRE(pdf::writeFormPdf(form, path).ok());
    const int pages = pdfInfo(path).pages;
    REQUIRE(pages >= 4);
    // The first school spans more than a page: its name is on each of its pages.
    CHECK(pdfPageText(path, 1).contains(QStringLiteral("四川工业职业技术学院")));
    CHECK(pdfPageText(path, 2).contains(QStringLiteral("四川工业职业技术学院")));
    QString all;
    for (int page = 1; page <= pages; ++page)
        all += pdfPageText(path, page);
    CHECK(QString(all).remove(u'\n').contains(remark));
    CHECK(decodeQrOnPage(path, pages - 1) == form.qrPayload());
}

TEST_CASE("a form without schools still prints its header, notes, date and QR code", "[pdf]")
{
    Scratch scratch;
    const PrintedForm form = handMadeForm(0, 0);
    const QString path = scratch.path(QStringLiteral("form.pdf"));
    REQUIRE(pdf::writeFormPdf(form, path).ok());
    CHECK(pdfInfo(path).pages == 1);
    const QString text = pdfPageText(path, 1);
    CHECK(text.contains(form.title));
    CHECK(text.contains(QStringLiteral("报送单位：（盖章）广安市教育局")));
    CHECK(text.contains(QStringLiteral("参与试点专业名称")));
    CHECK(text.contains(form.notes.first()));
    CHECK(decodeQrOnPage(path, 0) == form.qrPayload());
}

TEST_CASE("a row taller than a page continues on the next pages, nothing cut", "[pdf]")
{
    Scratch scratch;
    PrintedForm form = handMadeForm(3, 2);
    form.rows[2].cells[7] = QStringLiteral("开始") + QString(QStringLiteral("甲")).repeated(1500) + QStringLiteral("结束");
    const QString path = scratch.path(QStringLiteral("form.pdf"));
    REQUIRE(pdf::writeFormPdf(form, path).ok());
    const int pages = pdfInfo(path).pages;
    REQUIRE(pages >= 4);
    QString all;
    for (int page = 1; page <= pages; ++page)
        all += pdfPageText(path, page);
    CHECK(all.count(u'甲') == 1500);
    CHECK(all.contains(QStringLiteral("开始")));
    CHECK(all.contains(QStringLiteral("结束")));
    for (int s = 2; s <= 3; ++s)
        CHECK(all.contains(QStringLiteral("广安第%1职业技术学校").arg(s)));
}
