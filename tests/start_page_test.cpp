#include "support/catch.h"
#include "support/gui_driver.h"
#include "support/test_files.h"

#include "common/file_dialog.h"
#include "editor/workbook_editor.h"
#include "main_window.h"
#include "rows/rows_panel.h"
#include "schools/schools_panel.h"
#include "start/new_workbook_dialog.h"
#include "start/recent_files.h"

#include "storage/workbook_file.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace x1;
using namespace x1::test;

TEST_CASE("新建 creates a school's workbook under a Chinese name, and the start page lists it", "[gui]")
{
    Scratch scratch;
    PrivateSettings settings;
    gui::MainWindow window;
    window.show();
    QTest::mouseClick(child<QPushButton>(&window, "newButton"), Qt::LeftButton);
    auto* dialog = window.findChild<gui::NewWorkbookDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());

    auto* who = child<QComboBox>(dialog, "whoCombo");
    auto* profile = child<QLabel>(dialog, "profileLabel");
    CHECK(who->currentText() == QStringLiteral("学校"));
    CHECK(profile->text() == QStringLiteral("四川省首批1+X证书制度试点院校申报表"));
    who->setCurrentIndex(2);
    CHECK(profile->text() == QStringLiteral("首批1+X证书制度试点院校情况汇总表"));
    who->setCurrentIndex(0);

    auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no unit yet
    typeText(child<QLineEdit>(dialog, "unitEdit"), QStringLiteral("四川信息职业技术学院"));
    CHECK(child<QLineEdit>(dialog, "pathEdit")->text().endsWith(QStringLiteral("四川信息职业技术学院_1+X试点申报.x1db")));
    typeText(child<QLineEdit>(dialog, "contactEdit"), QStringLiteral("李娜"));
    typeText(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("86110894"));
    CHECK(child<QLabel>(dialog, "phoneHint")->text().contains(QStringLiteral("区号")));
    child<QLineEdit>(dialog, "phoneEdit")->clear();
    typeText(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("（0839）3303000"));
    CHECK(child<QLabel>(dialog, "phoneHint")->text().isEmpty());

    const QString path = scratch.path(QStringLiteral("申报/四川信息职业技术学院_1+X试点申报.x1db"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    gui::FileDialog::setNextAnswer(path);
    QTest::mouseClick(child<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    QTest::mouseClick(ok, Qt::LeftButton);
    settle();

    REQUIRE(window.document());
    CHECK(window.document()->path() == path);
    const Workbook file = stored(path);
    CHECK(file.header.profileId == QStringLiteral("sc-2019"));
    CHECK(file.header.unitKind == QStringLiteral("学校"));
    CHECK(file.header.unit == QStringLiteral("四川信息职业技术学院"));
    CHECK(file.header.contact == QStringLiteral("李娜"));
    CHECK(file.header.phone == QStringLiteral("(0839)3303000"));
    REQUIRE(file.schools.size() == 1);
    CHECK(file.schools[0].name == QStringLiteral("四川信息职业技术学院"));
    CHECK_FALSE(window.editor()->schoolsPanel()->isVisible()); // one school: no list
    CHECK(child<QLineEdit>(&window, "nameEdit")->text() == QStringLiteral("四川信息职业技术学院"));
    CHECK(gui::RecentFiles::list().value(0) == path);

    // Closing the workbook shows the start page with the workbook first in its list.
    gui::MainWindow second;
    auto* recent = child<QListWidget>(&second, "recentList");
    REQUIRE(recent->count() >= 1);
    CHECK(recent->item(0)->data(Qt::UserRole).toString() == path);
}

TEST_CASE("a 定稿 workbook opens read-only under a yellow banner; 取消定稿 makes it editable", "[gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("定稿.x1db"));
    Workbook workbook = sampleWorkbook(2, 1);
    workbook.finalisation = {QStringLiteral("X1-7K3Q-M2PD-9WZT"), QDateTime(QDate(2019, 4, 24), QTime(10, 0)), false};
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    gui::MainWindow window;
    REQUIRE(window.openWorkbook(path));
    window.show();
    settle();

    auto* banner = child<QWidget>(&window, "readOnlyBanner");
    CHECK(banner->isVisible());
    CHECK(child<QLabel>(&window, "readOnlyText")->text()
          == QStringLiteral("已定稿（校验码 X1-7K3Q-M2PD-9WZT）。如需修改，请先取消定稿。"));
    CHECK(child<QLineEdit>(&window, "unitEdit")->isReadOnly());
    CHECK_FALSE(child<QAction>(&window, "addSchoolAction")->isEnabled());
    QAbstractItemModel* rows = window.editor()->rowsPanel()->view()->model();
    CHECK_FALSE(rows->flags(rows->index(0, 0)) & Qt::ItemIsEditable);

    QTest::mouseClick(child<QPushButton>(&window, "reopenButton"), Qt::LeftButton);
    settle();
    CHECK_FALSE(banner->isVisible());
    CHECK(stored(path).finalisation.reopened);
    CHECK_FALSE(child<QLineEdit>(&window, "unitEdit")->isReadOnly());
    CHECK(child<QAction>(&window, "addSchoolAction")->isEnabled());
    CHECK(rows->flags(rows->index(0, 0)) & Qt::ItemIsEditable);
}

TEST_CASE("a workbook open in another window opens read-only and says why", "[gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("共享.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(1, 1)).ok());
    gui::MainWindow first;
    REQUIRE(first.openWorkbook(path));
    gui::MainWindow second;
    REQUIRE(second.openWorkbook(path));
    second.show();
    settle();
    REQUIRE_FALSE(second.document()->readOnlyReason().isEmpty());
    CHECK(child<QWidget>(&second, "readOnlyBanner")->isVisible());
    CHECK(child<QLabel>(&second, "readOnlyText")->text()
          == QStringLiteral("只读打开：") + second.document()->readOnlyReason());
    CHECK(child<QLineEdit>(&second, "unitEdit")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(&second, "reopenButton")->isVisible());

    // 另存为… on the banner: the copy is the workbook open, and it can be edited.
    const QString copy = scratch.path(QStringLiteral("共享（副本）.x1db"));
    gui::FileDialog::setNextAnswer(copy);
    QTest::mouseClick(child<QPushButton>(&second, "saveAsButton"), Qt::LeftButton);
    settle();
    REQUIRE(second.document()->path() == copy);
    CHECK(second.document()->isEditable());
    CHECK_FALSE(child<QWidget>(&second, "readOnlyBanner")->isVisible());
    CHECK(stored(copy).schools == stored(path).schools);
    CHECK(second.windowTitle().startsWith(QStringLiteral("共享（副本）.x1db")));
}
