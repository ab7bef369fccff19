#include "support/catch.h"
#include "support/gui_driver.h"
#include "support/test_files.h"

#include "common/status_icons.h"
#include "editor/workbook_editor.h"
#include "findings/findings_model.h"
#include "findings/findings_panel.h"
#include "main_window.h"
#include "rows/rows_panel.h"
#include "schools/schools_model.h"
#include "schools/schools_panel.h"

#include "storage/workbook_file.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QIcon>
#include <QImage>
#include <QListView>
#include <QTableView>
#include <QTest>

using namespace x1;
using namespace x1::test;

namespace {

// Whether the row's right end shows a badge of `fill`.
bool badgeShown(QListView* list, int row, const QColor& fill)
{
    const QImage picture = list->viewport()->grab().toImage();
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    const qreal scale = picture.devicePixelRatio();
    for (int x = rect.right() - 60; x <= rect.right(); ++x) {
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            if (picture.pixelColor(QPoint(int(x * scale), int(y * scale))) == fill)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("the schools list marks a school in conflict with its own icon and shows each school's counts", "[gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("汇总.x1db"));
    Workbook workbook = sampleWorkbook(3, 1);
    const QDateTime imported(QDate(2019, 4, 25), QTime(9, 0));
    workbook.sources << Source{1, QStringLiteral("a.xlsx"), QStringLiteral("aa"), imported, {}, {}, {}, {}, {}}
                     << Source{2, QStringLiteral("b.x1db"), QStringLiteral("bb"), imported, {}, {}, {}, {}, {}};
    workbook.schools.insert(2, workbook.schools[1]); // two versions of 第2, as a merge keeps them
    workbook.schools[1].sourceId = 1;
    workbook.schools[2].sourceId = 2;
    workbook.schools[2].rows[0].students = QStringLiteral("130");
    workbook.schools[1].conflictGroup = workbook.schools[2].conflictGroup = 1;
    workbook.schools[3].rows[0].students = QStringLiteral("很多"); // E08: an error, no conflict
    const Status created = WorkbookFile::create(path, workbook);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    gui::MainWindow window;
    REQUIRE(window.openWorkbook(path));
    window.show();
    settle();
    gui::SchoolsModel* schools = window.editor()->schoolsPanel()->model();
    QAbstractItemModelTester tester(schools, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto icon = [schools](int s) {
        return schools->index(s).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    };
    const auto image = [](const QIcon& icon) { return icon.pixmap(16).toImage(); };
    CHECK(schools->index(1).data(gui::SchoolsModel::ConflictRole).toBool());
    CHECK(schools->index(2).data(gui::SchoolsModel::ConflictRole).toBool());
    CHECK_FALSE(schools->index(3).data(gui::SchoolsModel::ConflictRole).toBool());
    CHECK(icon(1) == image(gui::conflictIcon()));
    CHECK(icon(1) != image(gui::errorIcon()));
    CHECK(icon(3) == image(gui::errorIcon()));
    CHECK(schools->index(1).data(gui::SchoolsModel::ErrorCountRole).toInt() == 1); // E13
    CHECK(schools->index(3).data(gui::SchoolsModel::ErrorCountRole).toInt() == 1); // E08
    CHECK(schools->index(1).data(Qt::ToolTipRole).toString()
          == QStringLiteral("汇总时来源的内容不一致，须选择保留哪个版本\n错误 1 · 未说明的警告 %1")
                 .arg(schools->index(1).data(gui::SchoolsModel::WarningCountRole).toInt()));

    QListView* list = window.editor()->schoolsPanel()->view();
    const QColor red(0xc4, 0x2b, 0x1c);
    CHECK(badgeShown(list, 3, red));
    CHECK_FALSE(badgeShown(list, 0, red)); // no error there
    REQUIRE(schools->index(0).data(gui::SchoolsModel::ErrorCountRole).toInt() == 0);

    // Fixed, the error's badge and icon go.
    clickItem(list, 3);
    typeIntoCell(window.editor()->findChild<QTableView*>(QStringLiteral("rowsTable")), 0, 6, QStringLiteral("50"));
    settle();
    window.document()->findings();
    settle();
    CHECK(schools->index(3).data(gui::SchoolsModel::ErrorCountRole).toInt() == 0);
    CHECK(icon(3) != image(gui::errorIcon()));
    CHECK_FALSE(badgeShown(list, 3, red));
}

TEST_CASE("the 问题 pane leaves out the school's name while the workbook holds one school", "[gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("一所学校.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(1, 1)).ok());
    gui::MainWindow window;
    REQUIRE(window.openWorkbook(path));
    QTableView* findings = window.findingsPanel()->view();
    CHECK(findings->isColumnHidden(gui::FindingsModel::School));
    child<QAction>(&window, "addSchoolAction")->trigger();
    settle();
    CHECK_FALSE(findings->isColumnHidden(gui::FindingsModel::School));
    child<QAction>(&window, "undoAction")->trigger();
    settle();
    window.document()->findings(); // the findings re-read: the pane's model is reset
    settle();
    REQUIRE(window.document()->workbook().schools.size() == 1);
    CHECK(findings->isColumnHidden(gui::FindingsModel::School));
}
