// The window's 定稿与打印: preview and printer paint the PDF's pages, export through the dialogs,
// 定稿 refused and accepted, 核对纸质件 both ways.
#include "support/catch.h"
#include "support/gui_driver.h"
#include "support/pdf_probe.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "common/file_dialog.h"
#include "common/message_box.h"
#include "document/workbook_document.h"
#include "editor/workbook_editor.h"
#include "export/workbook_export.h"
#include "finalize/finalize_actions.h"
#include "finalize/finalize_dialog.h"
#include "main_window.h"
#include "pdf/form_pages.h"
#include "printing/export_actions.h"
#include "printing/export_done_dialog.h"
#include "printing/page_view.h"
#include "printing/print_actions.h"
#include "printing/print_preview_dialog.h"
#include "printout/printed_form.h"
#include "schools/schools_panel.h"
#include "storage/workbook_file.h"
#include "util/clock.h"
#include "verify/verify_dialog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace x1;
using namespace x1::test;

namespace {

struct OpenWindow {
    Scratch scratch;
    QString path;
    gui::MainWindow window;

    explicit OpenWindow(const Workbook& workbook) : path(scratch.path(QStringLiteral("成都市_1+X试点申报.x1db")))
    {
        if (!WorkbookFile::create(path, workbook).ok())
            throw std::runtime_error("cannot create the workbook");
        // Not through openWorkbook: the recent files are shared with the start page's tests,
        // which run at the same time in other processes.
        Result<std::unique_ptr<WorkbookDocument>> document = WorkbookDocument::open(path);
        if (!document)
            throw std::runtime_error("cannot open the workbook");
        window.adopt(std::move(document).value());
        window.show();
        settle();
    }
};

// Cells of `cell` pixels that hold ink (grey below `threshold`; the draft watermark is 218).
QSet<QPoint> inkCells(const QImage& image, int cell, int threshold)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QSet<QPoint> cells;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (line[x] < threshold)
                cells.insert(QPoint(x / cell, y / cell));
        }
    }
    return cells;
}

// Cells of `a` with no ink in `b` at or next to them.
int cellsMissingIn(const QSet<QPoint>& a, const QSet<QPoint>& b)
{
    int missing = 0;
    for (const QPoint& p : a) {
        bool near = false;
        for (int dy = -1; dy <= 1 && !near; ++dy) {
            for (int dx = -1; dx <= 1 && !near; ++dx)
                near = b.contains(p + QPoint(dx, dy));
        }
        missing += near ? 0 : 1;
    }
    return missing;
}

bool hasInk(const QImage& image, const QRect& box, int threshold)
{
    for (int y = qMax(0, box.top()); y <= qMin(image.height() - 1, box.bottom()); ++y) {
        for (int x = qMax(0, box.left()); x <= qMin(image.width() - 1, box.right()); ++x) {
            if (qGray(image.pixel(x, y)) < threshold)
                return true;
        }
    }
    return false;
}

QString exportPdf(const Workbook& workbook, const QString& path)
{
    ExportRequest request;
    request.pdf = path;
    const Result<ExportOutcome> outcome = exportWorkbook(workbook, request);
    REQUIRE(outcome.ok());
    return outcome->verificationCode;
}

template <typename T>
T* waitForTopLevel()
{
    for (int i = 0; i < 200; ++i) {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* found = qobject_cast<T*>(widget); found && found->isVisible())
                return found;
        }
        QTest::qWait(10);
    }
    return nullptr;
}

} // namespace

TEST_CASE("the preview paints the PDF's pages: the same count, the same text in the same places", "[gui][print]")
{
    OpenWindow open(sampleWorkbook(30, 2));
    const QString pdf = open.scratch.path(QStringLiteral("申报表.pdf"));
    const QString code = exportPdf(open.window.document()->workbook(), pdf);
    const int pdfPages = pdfInfo(pdf).pages;
    REQUIRE(pdfPages >= 2);

    child<QAction>(&open.window, "printPreviewAction")->trigger();
    auto* preview = open.window.findChild<gui::PrintPreviewDialog*>();
    REQUIRE(preview);
    settle();
    gui::PageView* view = preview->pageView();
    CHECK(view->pageCount() == pdfPages);
    CHECK(view->paintedPages() >= 1);
    CHECK(view->pages().form().verificationCode == code);

    constexpr int dpi = 100;
    for (int page = 0; page < pdfPages; ++page) {
        INFO("page " << page + 1);
        const QImage shown = gui::PageView::render(view->pages(), page, dpi);
        const QImage printed = renderPdfPage(pdf, page, dpi);
        INFO("preview " << shown.width() << "x" << shown.height() << ", PDF " << printed.width() << "x" << printed.height());
        REQUIRE(shown.size() == printed.size()); // A4 landscape both
        CHECK(shown.width() == 1169);
        // Solid ink of one must have some ink nearby in the other: a hairline rule falls on one
        // pixel row in one renderer and is spread lighter over two in the other.
        CHECK(cellsMissingIn(inkCells(shown, 6, 128), inkCells(printed, 6, 200)) == 0);
        CHECK(cellsMissingIn(inkCells(printed, 6, 128), inkCells(shown, 6, 200)) == 0);
        // Every word pdftotext finds in the PDF is inked in the preview at its place: the page
        // number, the code and the draft mark among them.
        const QList<PdfWord> words = pdfWords(pdf, page + 1);
        REQUIRE(words.size() > 10);
        int inked = 0;
        for (const PdfWord& word : words) {
            const QRectF box(word.box.topLeft() * dpi / 72.0, word.box.bottomRight() * dpi / 72.0);
            if (hasInk(shown, box.toAlignedRect(), 230)) // the watermark's words too
                ++inked;
            else
                UNSCOPED_INFO("no ink at " << word.text.toStdString());
        }
        CHECK(inked == words.size());
        const QString text = pdfPageText(pdf, page + 1);
        CHECK(QString(text).remove(u' ').contains(QStringLiteral("—%1—").arg(page + 1)));
        CHECK(text.contains(code));
        CHECK(text.contains(QStringLiteral("草稿 — 未定稿")));
    }
    // The QR code on the last page only, readable in the preview.
    const QImage last = gui::PageView::render(view->pages(), pdfPages - 1, 200);
    CHECK(decodeQr(last).startsWith(QStringLiteral("X1|") + code));
    CHECK(decodeQr(gui::PageView::render(view->pages(), 0, 200)).isEmpty());

    // Paging and zoom.
    preview->showPage(pdfPages - 1);
    settle();
    INFO("zoom " << view->zoom() << " view " << view->height() << " dialog " << preview->height());
    CHECK(preview->currentPage() == pdfPages - 1);
    preview->setZoomChoice(gui::PrintPreviewDialog::FitPage + 3); // 100 %
    CHECK(view->zoom() == Approx(1.0));
    preview->showPage(1);
    settle();
    CHECK(preview->currentPage() == 1);
    preview->close();
}

TEST_CASE("printing to a PDF printer gives the export's pages, A4 landscape", "[gui][print]")
{
    OpenWindow open(sampleWorkbook(30, 2));
    const QString exported = open.scratch.path(QStringLiteral("导出.pdf"));
    exportPdf(open.window.document()->workbook(), exported);
    const QString printedPath = open.scratch.path(QStringLiteral("打印.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printedPath);
    printer.setPageOrientation(QPageLayout::Portrait); // the clerk's choice is overruled
    REQUIRE(open.window.printActions()->printTo(printer).ok());

    const PdfInfo printed = pdfInfo(printedPath);
    const PdfInfo expected = pdfInfo(exported);
    REQUIRE(printed.pages == expected.pages);
    INFO("printed page size " << printed.pageSize.toStdString());
    CHECK(printed.pageSize == QStringLiteral("842 x 595 pts (A4)"));
    CHECK(printed.pageSize == expected.pageSize);
    for (int page = 1; page <= printed.pages; ++page) {
        INFO("page " << page);
        CHECK(pdfPageText(printedPath, page) == pdfPageText(exported, page));
    }
}

TEST_CASE("export through the dialogs: a Chinese name suggested, the code shown, and verify accepts it", "[gui][print]")
{
    Clock::setFixed(QDateTime(QDate(2019, 4, 22), QTime(9, 30)));
    OpenWindow open(sampleWorkbook(3, 2));
    gui::ExportActions* exports = open.window.exportActions();
    CHECK(exports->suggestedName(gui::ExportActions::Format::Pdf) == QStringLiteral("成都市教育局_1+X试点申报表_20190422.pdf"));
    CHECK(exports->suggestedName(gui::ExportActions::Format::Xlsx) == QStringLiteral("成都市教育局_1+X试点申报表_20190422.xlsx"));

    const struct {
        const char* action;
        QString file;
    } cases[] = {{"exportXlsxAction", QStringLiteral("申报表.xlsx")},
                 {"exportPdfAction", QStringLiteral("申报表")}, // the extension is added
                 {"exportJsonAction", QStringLiteral("申报表.json")}};
    for (const auto& [action, file] : cases) {
        INFO(action);
        QSignalSpy finished(exports, &gui::ExportActions::finished);
        gui::FileDialog::setNextAnswer(open.scratch.path(file));
        child<QAction>(&open.window, action)->trigger();
        CHECK(exports->isRunning());
        REQUIRE(finished.wait(60000));
        CHECK(finished.first().at(0).toBool());
        gui::ExportDoneDialog* done = exports->doneDialog();
        REQUIRE(done);
        const QString code = done->code();
        CHECK(code == finished.first().at(1).toString());
        done->close();
        const CliRun verify = runCli({QStringLiteral("verify"), open.path, code});
        INFO(verify.err.toStdString());
        CHECK(verify.exitCode == 0);
    }
    // 导出 PDF… from the preview: its dialogs above the preview.
    {
        child<QAction>(&open.window, "printPreviewAction")->trigger();
        auto* preview = open.window.findChild<gui::PrintPreviewDialog*>();
        REQUIRE(preview);
        QSignalSpy finished(exports, &gui::ExportActions::finished);
        gui::FileDialog::setNextAnswer(open.scratch.path(QStringLiteral("预览中导出.pdf")));
        QTest::mouseClick(child<QPushButton>(preview, "exportPdfButton"), Qt::LeftButton);
        REQUIRE(finished.wait(60000));
        CHECK(finished.first().at(0).toBool());
        REQUIRE(exports->doneDialog());
        CHECK(exports->doneDialog()->parentWidget() == preview);
        CHECK(QFileInfo::exists(open.scratch.path(QStringLiteral("预览中导出.pdf"))));
        preview->close();
    }
    CHECK(QFileInfo::exists(open.scratch.path(QStringLiteral("申报表.xlsx"))));
    CHECK(QFileInfo::exists(open.scratch.path(QStringLiteral("申报表.pdf"))));
    CHECK(QFileInfo::exists(open.scratch.path(QStringLiteral("申报表.json"))));
    CHECK(QSettings().value(QStringLiteral("files/exportFolder")).toString() == QFileInfo(open.path).absolutePath());
    Clock::setFixed({});
}

TEST_CASE("a cancelled export from the window leaves no file behind", "[gui][print]")
{
    OpenWindow open(sampleWorkbook(200, 3));
    gui::ExportActions* exports = open.window.exportActions();
    const QString target = open.scratch.path(QStringLiteral("申报表.pdf"));
    QSignalSpy finished(exports, &gui::ExportActions::finished);
    // 取消 is pressed as soon as the first progress arrives.
    bool clicked = false;
    QObject::connect(exports, &gui::ExportActions::progressed, exports, [exports, &clicked] {
        QProgressDialog* progress = exports->progressDialog();
        if (progress && !clicked) {
            clicked = true;
            QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
        }
    });
    REQUIRE(exports->startExport(gui::ExportActions::Format::Pdf, target));
    REQUIRE(finished.wait(60000));
    CHECK(clicked);
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(exports->doneDialog() == nullptr);
    // The workbook and the lock of the window that has it open; no PDF, no temporary file.
    CHECK(QDir(open.scratch.dir().path()).entryList(QDir::Files | QDir::Hidden, QDir::Name)
          == QStringList({QStringLiteral(".~x1lock.成都市_1+X试点申报.x1db"), QStringLiteral("成都市_1+X试点申报.x1db")}));
}

TEST_CASE("定稿 is refused while an error remains, goes to it, and is accepted once it is fixed", "[gui][print]")
{
    Workbook workbook = sampleWorkbook(3, 2);
    workbook.schools[2].rows[1].majorCount = QStringLiteral("9"); // E06
    OpenWindow open(workbook);
    QList<QPair<QString, QString>> messages;
    gui::MessageBox::interceptWith([&](const QString& title, const QString& text) { messages.append({title, text}); });

    child<QAction>(&open.window, "finalizeAction")->trigger();
    auto* dialog = open.window.findChild<gui::FinalizeDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->state() == gui::FinalizeDialog::State::Blocked);
    CHECK(child<QLabel>(dialog, "blockedLabel")->text() == QStringLiteral("不能定稿：还有 1 个错误，改正后再定稿。"));
    auto* errors = child<QListWidget>(dialog, "errorsList");
    REQUIRE(errors->count() == 1);
    CHECK(errors->item(0)->text().startsWith(QStringLiteral("E06 四川第3职业技术学院 / ")));
    CHECK_FALSE(child<QPushButton>(dialog, "finalizeButton")->isVisible());
    clickItem(errors, 0);
    settle();
    CHECK(open.window.editor()->schoolsPanel()->currentSchool() == 2);
    CHECK_FALSE(dialog->finalize());
    CHECK_FALSE(open.window.document()->isFinal());
    dialog->close();
    settle();

    REQUIRE(open.window.document()->setField(FieldAddress::of(2, 1, RowField::MajorCount), QStringLiteral("2")).ok());
    settle();
    child<QAction>(&open.window, "finalizeAction")->trigger();
    dialog = waitForTopLevel<gui::FinalizeDialog>();
    REQUIRE(dialog);
    CHECK(dialog->state() == gui::FinalizeDialog::State::Confirm);
    QTest::mouseClick(child<QPushButton>(dialog, "finalizeButton"), Qt::LeftButton);
    CHECK(dialog->state() == gui::FinalizeDialog::State::Done);
    const QString code = dialog->code();
    CHECK(code.startsWith(QStringLiteral("X1-")));
    CHECK(open.window.document()->isFinal());
    CHECK(stored(open.path).finalisation.code == code);
    settle();
    // Read-only now: the yellow banner with the code, 定稿… off, 取消定稿… on.
    CHECK(child<QLabel>(&open.window, "readOnlyText")->text().contains(code));
    CHECK_FALSE(child<QAction>(&open.window, "finalizeAction")->isEnabled());
    CHECK(child<QAction>(&open.window, "reopenAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&open.window, "addSchoolAction")->isEnabled());
    CHECK(runCli({QStringLiteral("verify"), open.path, code}).exitCode == 0);
    CHECK(messages.isEmpty());
    dialog->close();
    gui::MessageBox::interceptWith({});
}

TEST_CASE("核对纸质件 answers match and no match, and says what it compared", "[gui][print]")
{
    OpenWindow open(sampleWorkbook(2, 2));
    REQUIRE(open.window.document()->finalize().ok());
    const QString sealed = open.window.document()->workbook().finalisation.code;

    child<QAction>(&open.window, "verifyAction")->trigger();
    auto* dialog = open.window.findChild<gui::VerifyDialog*>();
    REQUIRE(dialog);
    auto* field = child<QLineEdit>(dialog, "codeEdit");
    field->setText(QString(sealed).remove(u'-').toLower()); // dashes and case optional
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(dialog->lastCheck().answer == CodeCheck::Answer::Match);
    CHECK(dialog->answerText() == QStringLiteral("✔ 一致：纸质件与此工作簿当前的内容相符。\n校验码：%1").arg(sealed));
    CHECK(child<QLabel>(dialog, "answerLabel")->styleSheet().contains(QStringLiteral("#106010")));

    field->setText(QStringLiteral("X1-0000-0000-0000"));
    dialog->check();
    CHECK(dialog->lastCheck().answer == CodeCheck::Answer::NoMatch);
    CHECK(dialog->answerText() == QStringLiteral("✘ 不一致：纸质件与此工作簿当前的内容不符。\n纸质件上的校验码：X1-0000-0000-0000\n"
                                                 "工作簿当前的校验码：%1\n最近一次定稿时的校验码：%1").arg(sealed));
    CHECK(child<QLabel>(dialog, "answerLabel")->styleSheet().contains(QStringLiteral("#a00000")));

    field->setText(QStringLiteral("不是校验码"));
    dialog->check();
    CHECK(dialog->lastCheck().answer == CodeCheck::Answer::NotACode);
    dialog->close();

    // Changed after the paper was sealed: the paper's code is the last finalised one.
    REQUIRE(open.window.document()->reopen().ok());
    REQUIRE(open.window.document()->setField(FieldAddress::of(0, 0, RowField::Students), QStringLiteral("99")).ok());
    const QString now = PrintedForm::of(open.window.document()->workbook(), Catalog::builtIn()).verificationCode;
    REQUIRE(now != sealed);
    // The window says the paper is out of date: W09 in the findings.
    QStringList codes;
    for (const Finding& finding : open.window.document()->findings())
        codes << finding.code;
    CHECK(codes.contains(QStringLiteral("W09")));
    gui::VerifyDialog again(open.window.document()->workbook());
    child<QLineEdit>(&again, "codeEdit")->setText(sealed);
    again.check();
    CHECK(again.lastCheck().answer == CodeCheck::Answer::NoMatch);
    CHECK(again.answerText().endsWith(QStringLiteral("工作簿当前的校验码：%1\n最近一次定稿时的校验码：%2\n纸质件是最近一次定稿时的内容；定稿后工作簿已被修改。").arg(now, sealed)));
    CHECK(runCli({QStringLiteral("verify"), open.path, sealed}).exitCode == 1);
}
