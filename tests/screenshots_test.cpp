// Screenshots of the window for docs/screenshots (run: scripts/screenshots.sh). Hidden from the
// normal run: they write into the source tree.
#include "support/catch.h"
#include "support/gui_driver.h"
#include "support/test_files.h"

#include "application.h"
#include "editor/workbook_editor.h"
#include "i18n/language.h"
#include "main_window.h"
#include "rows/evidence_dialog.h"
#include "rows/rows_panel.h"
#include "start/file_actions.h"
#include "start/new_workbook_dialog.h"
#include "start/recent_files.h"
#include "schools/schools_panel.h"

#include "storage/workbook_file.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
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

Workbook schoolWorkbook()
{
    Workbook workbook = sampleWorkbook(1, 3);
    School& school = workbook.schools[0];
    school.name = QStringLiteral("四川信息职业技术学院");
    school.type = QStringLiteral("高职");
    school.city = QStringLiteral("广元市");
    school.affiliation = QStringLiteral("省属");
    school.tiers = {QStringLiteral("国家骨干高职院校")};
    workbook.header.unit = school.name;
    workbook.header.contact = QStringLiteral("李娜");
    school.rows[1].majors << QStringLiteral("烹饪工艺与营养");
    school.rows[2].students = QStringLiteral("约一百");
    return workbook;
}

void save(gui::MainWindow& window, const QString& name)
{
    window.resize(1280, 800);
    window.show();
    settle();
    QTest::qWait(50);
    CHECK(window.grab().save(screenshotPath(name)));
}

} // namespace

// Offscreen grabs of the window, for a machine without xvfb-run (scripts/screenshots.sh runs the
// real program on a virtual screen when it can).
TEST_CASE("screenshots of the window, offscreen", "[.][screenshots][windows]")
{
    gui::useInterfaceFont(*qApp);
    Scratch scratch;
    {
        const QString path = scratch.path(QStringLiteral("四川信息职业技术学院_1+X试点申报.x1db"));
        REQUIRE(WorkbookFile::create(path, schoolWorkbook()).ok());
        gui::MainWindow window;
        REQUIRE(window.openWorkbook(path));
        save(window, QStringLiteral("window_school.png"));
        gui::RecentFiles::add(path);
    }
    {
        const QString path = scratch.path(QStringLiteral("成都市教育局_1+X试点申报.x1db"));
        REQUIRE(WorkbookFile::create(path, sampleWorkbook(30, 3)).ok());
        gui::MainWindow window;
        REQUIRE(window.openWorkbook(path));
        window.editor()->schoolsPanel()->setCurrentSchool(4);
        save(window, QStringLiteral("window_office.png"));
        gui::RecentFiles::add(path);
    }
    {
        gui::MainWindow window; // the start page lists the two workbooks above
        save(window, QStringLiteral("start_page.png"));
    }
    {
        useLanguage(Language::English);
        const QString path = scratch.path(QStringLiteral("english.x1db"));
        REQUIRE(WorkbookFile::create(path, schoolWorkbook()).ok());
        gui::MainWindow window;
        REQUIRE(window.openWorkbook(path));
        save(window, QStringLiteral("window_english.png"));
        useLanguage(Language::Chinese);
    }
}

TEST_CASE("screenshots of the dialogs", "[.][screenshots][dialogs]")
{
    gui::useInterfaceFont(*qApp);
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("四川信息职业技术学院_1+X试点申报.x1db"));
    REQUIRE(WorkbookFile::create(path, schoolWorkbook()).ok());
    gui::MainWindow window;
    REQUIRE(window.openWorkbook(path));
    window.show();
    window.editor()->rowsPanel()->selectCell(0, 0);
    window.editor()->rowsPanel()->editEvidence();
    auto* evidence = window.findChild<gui::EvidenceDialog*>();
    REQUIRE(evidence);
    settle();
    CHECK(evidence->grab().save(screenshotPath(QStringLiteral("evidence_dialog.png"))));
    evidence->reject();

    window.fileActions()->newWorkbook();
    auto* dialog = window.findChild<gui::NewWorkbookDialog*>();
    REQUIRE(dialog);
    typeText(child<QLineEdit>(dialog, "unitEdit"), QStringLiteral("四川信息职业技术学院"));
    typeText(child<QLineEdit>(dialog, "contactEdit"), QStringLiteral("李娜"));
    typeText(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("0839-330300"));
    settle();
    CHECK(dialog->grab().save(screenshotPath(QStringLiteral("new_workbook.png"))));
}
