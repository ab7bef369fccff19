// Screenshots of 定稿与打印 for docs/screenshots (run: scripts/screenshots.sh). Hidden from the
// normal run: they write into the source tree.
#include "support/catch.h"
#include "support/gui_driver.h"
#include "support/test_files.h"

#include "application.h"
#include "finalize/finalize_actions.h"
#include "finalize/finalize_dialog.h"
#include "main_window.h"
#include "printing/export_actions.h"
#include "printing/export_done_dialog.h"
#include "printing/print_actions.h"
#include "printing/print_preview_dialog.h"
#include "storage/workbook_file.h"
#include "util/clock.h"
#include "verify/verify_dialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace x1;
using namespace x1::test;

namespace {

QString screenshotPath(const QString& name)
{
    const QString folder = QStringLiteral(X1_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(folder);
    return folder + u'/' + name;
}

void grabInto(QWidget* widget, const QString& name)
{
    settle();
    QTest::qWait(50);
    settle();
    CHECK(widget->grab().save(screenshotPath(name)));
}

} // namespace

TEST_CASE("screenshots of 定稿与打印", "[.][screenshots]")
{
    gui::useInterfaceFont(*qApp);
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("成都市教育局_1+X试点申报.x1db"));
    Workbook workbook = sampleWorkbook(30, 3);
    workbook.schools[3].rows[1].majorCount = QStringLiteral("5"); // E06, twice
    workbook.schools[7].rows[0].majorCount = QStringLiteral("4");
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    gui::MainWindow window;
    REQUIRE(window.openWorkbook(path));
    window.resize(1280, 800);
    window.show();
    settle();

    gui::PrintPreviewDialog* preview = window.printActions()->openPreview();
    REQUIRE(preview);
    preview->resize(1280, 860);
    grabInto(preview, QStringLiteral("print_preview.png"));
    preview->close();

    gui::FinalizeDialog* finalize = window.finalizeActions()->openFinalize();
    REQUIRE(finalize);
    grabInto(finalize, QStringLiteral("finalize_refused.png"));
    finalize->close();

    REQUIRE(window.document()->setField(FieldAddress::of(3, 1, RowField::MajorCount), QStringLiteral("2")).ok());
    REQUIRE(window.document()->setField(FieldAddress::of(7, 0, RowField::MajorCount), QStringLiteral("2")).ok());
    settle();
    finalize = window.finalizeActions()->openFinalize();
    REQUIRE(finalize);
    REQUIRE(finalize->finalize());
    grabInto(finalize, QStringLiteral("finalize_done.png"));
    const QString code = finalize->code();
    finalize->close();

    Clock::setFixed(QDateTime(QDate(2019, 4, 22), QTime(9, 30)));
    gui::ExportActions* exports = window.exportActions();
    QSignalSpy exported(exports, &gui::ExportActions::finished);
    REQUIRE(exports->startExport(gui::ExportActions::Format::Pdf, scratch.path(exports->suggestedName(gui::ExportActions::Format::Pdf))));
    REQUIRE(exported.wait(60000));
    REQUIRE(exports->doneDialog());
    grabInto(exports->doneDialog(), QStringLiteral("export_done.png"));
    exports->doneDialog()->close();
    Clock::setFixed({});

    gui::VerifyDialog* verify = window.finalizeActions()->openVerify();
    REQUIRE(verify);
    child<QLineEdit>(verify, "codeEdit")->setText(QString(code).remove(u'-').toLower());
    verify->check();
    grabInto(verify, QStringLiteral("verify_match.png"));
    child<QLineEdit>(verify, "codeEdit")->setText(QStringLiteral("X1-7K3Q-M2PD-9WZT"));
    verify->check();
    grabInto(verify, QStringLiteral("verify_no_match.png"));
    verify->close();
}
