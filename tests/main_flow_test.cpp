// The clerk's whole flow through the widgets (issue 12): 新建 under a Chinese name, a school and
// two certificate rows typed and chosen, findings appearing and going, a warning explained, every
// step undone and redone with the file checked after each, then the window closed and the file
// reopened from the start page with every value in the widgets.
#include "support/catch.h"
#include "support/gui_driver.h"
#include "support/test_files.h"

#include "common/file_dialog.h"
#include "editor/workbook_editor.h"
#include "findings/explain_dialog.h"
#include "findings/findings_model.h"
#include "findings/findings_panel.h"
#include "main_window.h"
#include "rows/rows_model.h"
#include "rows/rows_panel.h"
#include "schools/schools_model.h"
#include "schools/schools_panel.h"
#include "start/new_workbook_dialog.h"

#include "storage/workbook_file.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <map>

using namespace x1;
using namespace x1::test;

namespace {

using Column = gui::RowsModel::Column;

QTableView* rowsOf(gui::MainWindow& window)
{
    return window.editor()->rowsPanel()->view();
}

// The codes the 问题 pane lists for a school's row (or the school itself with row -1).
QStringList paneCodes(gui::MainWindow& window, int school, int row)
{
    settle();
    window.document()->findings(); // the re-check of the last edit, now
    settle();
    QStringList codes;
    gui::FindingsModel* model = window.findingsPanel()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const Finding finding = model->finding(r);
        if (finding.schoolIndex == school && finding.rowIndex == row)
            codes << finding.code;
    }
    return codes;
}

int findingRow(gui::MainWindow& window, const QString& code, int school, int row)
{
    gui::FindingsModel* model = window.findingsPanel()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const Finding finding = model->finding(r);
        if (finding.code == code && finding.schoolIndex == school && finding.rowIndex == row)
            return r;
    }
    return -1;
}

// 新建 on the start page, answered through the dialog's widgets.
QString createThroughDialog(gui::MainWindow& window, const Scratch& scratch)
{
    QTest::mouseClick(child<QPushButton>(&window, "newButton"), Qt::LeftButton);
    auto* dialog = window.findChild<gui::NewWorkbookDialog*>();
    if (!dialog)
        throw std::runtime_error("no 新建 dialog");
    chooseInCombo(child<QComboBox>(dialog, "whoCombo"), QStringLiteral("学校"));
    typeText(child<QLineEdit>(dialog, "unitEdit"), QStringLiteral("四川信息职业技术学院"));
    typeText(child<QLineEdit>(dialog, "contactEdit"), QStringLiteral("李娜"));
    typeText(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("（0839）3303000"));
    const QString path = scratch.path(QStringLiteral("申报材料/四川信息职业技术学院_1+X试点申报.x1db"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    gui::FileDialog::setNextAnswer(path);
    QTest::mouseClick(child<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();
    return path;
}

// Each state of the file after each undo step, by the undo stack's index.
struct History {
    gui::MainWindow& window;
    QString path;
    std::map<int, Workbook> states;

    void record() { states[window.document()->undoStack()->index()] = stored(path); }
};

void pressOnTable(gui::MainWindow& window, Qt::Key key)
{
    focusCell(rowsOf(window), -1, -1);
    QTest::keyClick(rowsOf(window), key, Qt::ControlModifier);
    settle();
}

} // namespace

TEST_CASE("the clerk's flow: create, fill, see findings, explain, undo and redo all, reopen", "[gui][flow]")
{
    Scratch scratch;
    PrivateSettings settings;
    auto window = std::make_unique<gui::MainWindow>();
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));

    const QString path = createThroughDialog(*window, scratch);
    REQUIRE(window->document());
    REQUIRE(window->document()->path() == path);
    QUndoStack* undo = window->document()->undoStack();
    QAbstractItemModelTester rowsTester(rowsOf(*window)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester schoolsTester(window->editor()->schoolsPanel()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester findingsTester(window->findingsPanel()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    History history{*window, path, {}};
    history.record();
    REQUIRE(undo->index() == 0);
    CHECK(stored(path).schools.size() == 1);

    // A second school: 新增学校, its name typed, its type and city chosen.
    child<QAction>(window.get(), "addSchoolAction")->trigger();
    settle();
    history.record();
    const int s = window->editor()->schoolsPanel()->currentSchool();
    REQUIRE(stored(path).schools.size() == 2);
    REQUIRE(s >= 0);
    auto* name = child<QLineEdit>(window.get(), "nameEdit");
    REQUIRE(name->hasFocus());
    typeText(name, QStringLiteral("宜宾职业技术学院"));
    settle();
    history.record();
    CHECK(stored(path).schools[s].name == QStringLiteral("宜宾职业技术学院"));

    auto* type = child<QComboBox>(window.get(), "typeCombo");
    chooseInCombo(type, QStringLiteral("技工学校"));
    history.record();
    CHECK(stored(path).schools[s].type == QStringLiteral("技工学校"));
    CHECK(paneCodes(*window, s, -1).contains(QStringLiteral("E03")));
    chooseInCombo(child<QComboBox>(window.get(), "cityCombo"), QStringLiteral("宜宾市"));
    history.record();
    chooseInCombo(type, QStringLiteral("高职"));
    history.record();
    CHECK(stored(path).schools[s].type == QStringLiteral("高职"));
    CHECK_FALSE(paneCodes(*window, s, -1).contains(QStringLiteral("E03")));
    CHECK(stored(path).schools[s].city == QStringLiteral("宜宾市"));

    // The first row: Ctrl+Enter, the certificate typed as clerks spell it, 初级 ticked with Space.
    QTableView* rows = rowsOf(*window);
    pressOnTable(*window, Qt::Key_Return);
    history.record();
    REQUIRE(rows->model()->rowCount() == 1);
    CHECK(paneCodes(*window, s, 0).contains(QStringLiteral("E05")));
    typeIntoCell(rows, 0, Column::Certificate, QStringLiteral("web前端"));
    history.record();
    focusCell(rows, 0, Column::Junior);
    QTest::keyClick(rows, Qt::Key_Space);
    settle();
    history.record();
    CHECK_FALSE(paneCodes(*window, s, 0).contains(QStringLiteral("E05")));
    typeIntoCell(rows, 0, Column::Majors, QStringLiteral("计算机应用技术，烹饪"));
    history.record();
    CHECK(paneCodes(*window, s, 0).contains(QStringLiteral("W01")));
    typeIntoCell(rows, 0, Column::Students, QStringLiteral("很多"));
    history.record();
    CHECK(paneCodes(*window, s, 0).contains(QStringLiteral("E08")));
    typeIntoCell(rows, 0, Column::Remark, QStringLiteral("校企合作"));
    history.record();
    typeIntoCell(rows, 0, Column::Students, QStringLiteral("８０"));
    history.record();
    CHECK_FALSE(paneCodes(*window, s, 0).contains(QStringLiteral("E08")));
    typeIntoCell(rows, 0, Column::Majors, QStringLiteral("计算机应用技术，软件技术"));
    history.record();
    CHECK_FALSE(paneCodes(*window, s, 0).contains(QStringLiteral("W01")));
    // A level missing, then another level ticked (an edit of the remark between: two steps).
    focusCell(rows, 0, Column::Junior);
    QTest::keyClick(rows, Qt::Key_Space);
    settle();
    history.record();
    CHECK(paneCodes(*window, s, 0).contains(QStringLiteral("E05")));
    typeIntoCell(rows, 0, Column::Remark, QStringLiteral("校企合作，已建实训室"));
    history.record();
    focusCell(rows, 0, Column::Intermediate);
    QTest::keyClick(rows, Qt::Key_Space);
    settle();
    history.record();
    CHECK(paneCodes(*window, s, 0) == QStringList{QStringLiteral("W06")}); // only the 试点条件 evidence left

    // The second row: the certificate chosen from the combo, a major chosen from the completer
    // and one typed that the certificate does not list (W01), explained in the 问题 pane.
    pressOnTable(*window, Qt::Key_Return);
    history.record();
    REQUIRE(rows->model()->rowCount() == 2);
    focusCell(rows, 1, Column::Certificate);
    QTest::keyClick(rows, Qt::Key_F2);
    auto* certificate = qobject_cast<QComboBox*>(rows->indexWidget(rows->model()->index(1, Column::Certificate)));
    REQUIRE(certificate);
    chooseInCombo(certificate, QStringLiteral("物流管理"));
    history.record();
    CHECK(stored(path).schools[s].rows[1].certificate == QStringLiteral("物流管理"));
    focusCell(rows, 1, Column::Intermediate);
    QTest::keyClick(rows, Qt::Key_Space);
    settle();
    history.record();
    focusCell(rows, 1, Column::Majors);
    QTest::keyClick(rows, Qt::Key_F2);
    auto* majors = qobject_cast<QLineEdit*>(rows->indexWidget(rows->model()->index(1, Column::Majors)));
    REQUIRE(majors);
    typeText(majors, QStringLiteral("物流管"));
    QAbstractItemView* offered = majors->completer()->popup();
    REQUIRE(offered->isVisible());
    QTest::keyClick(offered, Qt::Key_Down);
    QTest::keyClick(offered, Qt::Key_Return);
    CHECK(majors->text() == QStringLiteral("物流管理"));
    typeText(majors, QStringLiteral("、烹饪工艺与营养"));
    majors->completer()->popup()->hide();
    QTest::keyClick(majors, Qt::Key_Return);
    settle();
    history.record();
    CHECK(paneCodes(*window, s, 1) == QStringList({QStringLiteral("E08"), QStringLiteral("W01"), QStringLiteral("W06")}));
    typeIntoCell(rows, 1, Column::Students, QStringLiteral("１２０人"));
    history.record();
    CHECK(paneCodes(*window, s, 1) == QStringList({QStringLiteral("W01"), QStringLiteral("W06")}));

    const int w01 = findingRow(*window, QStringLiteral("W01"), s, 1);
    REQUIRE(w01 >= 0);
    clickItem(window->findingsPanel()->view(), w01, gui::FindingsModel::Message);
    QTest::mouseClick(child<QPushButton>(window.get(), "explainButton"), Qt::LeftButton);
    auto* explain = window->findChild<gui::ExplainDialog*>();
    REQUIRE(explain);
    typeText(child<QPlainTextEdit>(explain, "explanationEdit"), QStringLiteral("专业相近，课程覆盖证书内容"));
    QTest::mouseClick(child<QDialogButtonBox>(explain, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();
    history.record();

    // The file now holds exactly what was typed and chosen.
    const Workbook filled = stored(path);
    const School& school = filled.schools[s];
    CHECK(school.name == QStringLiteral("宜宾职业技术学院"));
    CHECK(school.type == QStringLiteral("高职"));
    CHECK(school.city == QStringLiteral("宜宾市"));
    REQUIRE(school.rows.size() == 2);
    CHECK(school.rows[0].certificate == QStringLiteral("Web前端开发"));
    CHECK(school.rows[0].levels == QStringList{QStringLiteral("中级")});
    CHECK(school.rows[0].majors == QStringList({QStringLiteral("计算机应用技术"), QStringLiteral("软件技术")}));
    CHECK(school.rows[0].students == QStringLiteral("80"));
    CHECK(school.rows[0].remark == QStringLiteral("校企合作，已建实训室"));
    CHECK(school.rows[1].certificate == QStringLiteral("物流管理"));
    CHECK(school.rows[1].levels == QStringList{QStringLiteral("中级")});
    CHECK(school.rows[1].majors == QStringList({QStringLiteral("物流管理"), QStringLiteral("烹饪工艺与营养")}));
    CHECK(school.rows[1].printedMajorCount() == QStringLiteral("2"));
    CHECK(school.rows[1].students == QStringLiteral("120"));
    REQUIRE(filled.explanations.size() == 1);
    CHECK(filled.explanations.first() == QStringLiteral("专业相近，课程覆盖证书内容"));
    CHECK(window->findingsPanel()->model()->index(w01, gui::FindingsModel::Message).data().toString().endsWith(QStringLiteral("（已说明）")));

    // Every step undone one by one, the file checked after each; then redone.
    const int steps = undo->index();
    CHECK(steps == 22);
    CHECK(int(history.states.size()) == steps + 1);
    for (int step = steps; step > 0; --step) {
        pressOnTable(*window, Qt::Key_Z);
        REQUIRE(undo->index() == step - 1);
        CHECK(stored(path) == history.states.at(step - 1));
    }
    CHECK(stored(path).schools.size() == 1);
    CHECK_FALSE(window->editor()->schoolsPanel()->isVisible()); // a school's own workbook again
    for (int step = 1; step <= steps; ++step) {
        pressOnTable(*window, Qt::Key_Y);
        REQUIRE(undo->index() == step);
        CHECK(stored(path) == history.states.at(step));
    }
    CHECK(stored(path) == filled);

    // Closed, then reopened from the start page of a new window.
    window->close();
    window.reset();
    gui::MainWindow reopened;
    reopened.show();
    reopened.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&reopened));
    auto* recent = child<QListWidget>(&reopened, "recentList");
    REQUIRE(recent->count() >= 1);
    REQUIRE(recent->item(0)->data(Qt::UserRole).toString() == path);
    doubleClickItem(recent, 0);
    REQUIRE(reopened.document());
    REQUIRE(reopened.document()->path() == path);
    CHECK(reopened.document()->readOnlyReason().isEmpty());

    CHECK(child<QLineEdit>(&reopened, "unitEdit")->text() == QStringLiteral("四川信息职业技术学院"));
    CHECK(child<QLineEdit>(&reopened, "contactEdit")->text() == QStringLiteral("李娜"));
    CHECK(child<QLineEdit>(&reopened, "phoneEdit")->text() == QStringLiteral("(0839)3303000"));
    QListView* list = reopened.editor()->schoolsPanel()->view();
    REQUIRE(list->isVisible());
    REQUIRE(list->model()->rowCount() == 2);
    int shown = -1;
    for (int r = 0; r < 2; ++r) {
        if (list->model()->index(r, 0).data().toString() == QStringLiteral("宜宾职业技术学院"))
            shown = r;
    }
    REQUIRE(shown >= 0);
    clickItem(list, shown);
    REQUIRE(reopened.editor()->schoolsPanel()->currentSchool() == s);
    CHECK(child<QLineEdit>(&reopened, "nameEdit")->text() == QStringLiteral("宜宾职业技术学院"));
    CHECK(child<QComboBox>(&reopened, "typeCombo")->currentText() == QStringLiteral("高职"));
    CHECK(child<QComboBox>(&reopened, "cityCombo")->currentText() == QStringLiteral("宜宾市"));
    QAbstractItemModel* table = rowsOf(reopened)->model();
    REQUIRE(table->rowCount() == 2);
    const auto cell = [table](int row, int column) { return table->index(row, column).data().toString(); };
    const auto ticked = [table](int row, int column) {
        return table->index(row, column).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    };
    CHECK(cell(0, Column::Certificate) == QStringLiteral("Web前端开发"));
    CHECK_FALSE(ticked(0, Column::Junior));
    CHECK(ticked(0, Column::Intermediate));
    CHECK_FALSE(ticked(0, Column::Senior));
    CHECK(cell(0, Column::Majors) == QStringLiteral("计算机应用技术、软件技术"));
    CHECK(cell(0, Column::MajorCount) == QStringLiteral("2"));
    CHECK(cell(0, Column::Students) == QStringLiteral("80"));
    CHECK(cell(0, Column::Remark) == QStringLiteral("校企合作，已建实训室"));
    CHECK(cell(1, Column::Certificate) == QStringLiteral("物流管理"));
    CHECK_FALSE(ticked(1, Column::Junior));
    CHECK(ticked(1, Column::Intermediate));
    CHECK(cell(1, Column::Majors) == QStringLiteral("物流管理、烹饪工艺与营养"));
    CHECK(cell(1, Column::MajorCount) == QStringLiteral("2"));
    CHECK(cell(1, Column::Students) == QStringLiteral("120"));
    CHECK(cell(1, Column::Remark).isEmpty());
    const int explained = findingRow(reopened, QStringLiteral("W01"), s, 1);
    REQUIRE(explained >= 0);
    const QModelIndex message = reopened.findingsPanel()->model()->index(explained, gui::FindingsModel::Message);
    CHECK(message.data().toString().endsWith(QStringLiteral("（已说明）")));
    CHECK(message.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("已说明：专业相近，课程覆盖证书内容")));
}
