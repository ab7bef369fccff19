#include "support/catch.h"
#include "support/gui_driver.h"
#include "support/test_files.h"

#include "common/message_box.h"
#include "common/status_line.h"
#include "editor/workbook_editor.h"
#include "findings/explain_dialog.h"
#include "findings/findings_model.h"
#include "findings/findings_panel.h"
#include "main_window.h"
#include "rows/evidence_dialog.h"
#include "rows/rows_model.h"
#include "rows/rows_panel.h"
#include "schools/schools_model.h"
#include "schools/schools_panel.h"

#include "storage/workbook_file.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QGuiApplication>
#include <QLineEdit>
#include <QLabel>
#include <QListView>
#include <QTableView>
#include <QTest>

using namespace x1;
using namespace x1::test;

namespace {

// An open window on a new copy of sampleWorkbook(schools, rows) (an office's workbook).
struct OpenWindow {
    Scratch scratch;
    QString path;
    gui::MainWindow window;

    OpenWindow(int schools, int rows) : path(scratch.path(QStringLiteral("成都市_1+X试点申报.x1db")))
    {
        if (!WorkbookFile::create(path, sampleWorkbook(schools, rows)).ok())
            throw std::runtime_error("cannot create the workbook");
        if (!window.openWorkbook(path))
            throw std::runtime_error("cannot open the workbook");
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            throw std::runtime_error("the window is not active");
        settle();
    }
    QTableView* rows() const { return window.editor()->rowsPanel()->view(); }
    QListView* schools() const { return window.editor()->schoolsPanel()->view(); }
};

} // namespace

TEST_CASE("the window opens a workbook on its first school", "[gui]")
{
    OpenWindow open(3, 2);
    CHECK(open.window.windowTitle().startsWith(QStringLiteral("成都市_1+X试点申报.x1db")));
    CHECK(open.schools()->model()->rowCount() == 3);
    CHECK(open.schools()->isVisible()); // an office's workbook lists its schools
    CHECK(open.window.editor()->schoolsPanel()->currentSchool() == 0);
    QAbstractItemModel* rows = open.rows()->model();
    REQUIRE(rows->rowCount() == 2);
    CHECK(rows->index(0, gui::RowsModel::Certificate).data().toString() == QStringLiteral("建筑信息模型（BIM）"));
    CHECK(rows->index(0, gui::RowsModel::Junior).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(rows->index(0, gui::RowsModel::Senior).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK_FALSE(rows->flags(rows->index(0, gui::RowsModel::MajorCount)) & Qt::ItemIsEditable);
    CHECK(child<QLineEdit>(&open.window, "unitEdit")->text() == QStringLiteral("成都市教育局"));
    CHECK(open.window.statusLine()->savedText() == QStringLiteral("已保存"));
    CHECK(open.window.statusLine()->summaryText().startsWith(QStringLiteral("错误 ")));
}

TEST_CASE("the header is stored as it is typed, normalised, and undone from the file", "[gui]")
{
    OpenWindow open(2, 1);
    auto* phone = child<QLineEdit>(&open.window, "phoneEdit");
    phone->setFocus();
    phone->selectAll();
    typeText(phone, QStringLiteral("（028）86110895"));
    settle();
    CHECK(stored(open.path).header.phone == QStringLiteral("(028)86110895"));
    focusCell(open.rows(), 0, 0); // leaving the field shows what was stored
    CHECK(phone->text() == QStringLiteral("(028)86110895"));

    QTest::keyClick(open.rows(), Qt::Key_Z, Qt::ControlModifier); // all the keystrokes are one step
    settle();
    CHECK(stored(open.path).header.phone == QStringLiteral("028-86110894"));
    CHECK(phone->text() == QStringLiteral("028-86110894"));
    QTest::keyClick(open.rows(), Qt::Key_Y, Qt::ControlModifier);
    settle();
    CHECK(stored(open.path).header.phone == QStringLiteral("(028)86110895"));
}

TEST_CASE("the schools list is filtered and sorted without losing which school is which", "[gui]")
{
    OpenWindow open(12, 1);
    QAbstractItemModel* list = open.schools()->model();
    typeText(child<QLineEdit>(&open.window, "filterEdit"), QStringLiteral("第1"));
    settle();
    CHECK(list->rowCount() == 4); // 第1, 第10, 第11, 第12
    clickItem(open.schools(), 1);
    CHECK(open.window.editor()->schoolsPanel()->currentSchool() == 9);
    CHECK(child<QLineEdit>(&open.window, "nameEdit")->text() == QStringLiteral("四川第10职业技术学院"));
    child<QLineEdit>(&open.window, "filterEdit")->clear();
    settle();

    auto* sort = child<QComboBox>(&open.window, "sortCombo");
    sort->setCurrentIndex(2); // 按市（州）: the official order, 成都市 first
    const Workbook file = stored(open.path);
    int last = -1;
    for (int r = 0; r < list->rowCount(); ++r) {
        const int order = list->index(r, 0).data(gui::SchoolsModel::CityOrderRole).toInt();
        CHECK(order >= last);
        last = order;
    }
    clickItem(open.schools(), list->rowCount() - 1);
    const int chosen = open.window.editor()->schoolsPanel()->currentSchool();
    CHECK(child<QLineEdit>(&open.window, "nameEdit")->text() == file.schools[chosen].name);
    CHECK(list->index(list->rowCount() - 1, 0).data().toString() == file.schools[chosen].name);
    sort->setCurrentIndex(0);
    CHECK(list->index(0, 0).data().toString() == file.schools[0].name);
}

TEST_CASE("a row cell typed in the table is stored normalised and undone", "[gui]")
{
    OpenWindow open(2, 2);
    QAbstractItemModelTester rowsTester(open.rows()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    clickItem(open.schools(), 1);
    REQUIRE(open.window.editor()->schoolsPanel()->currentSchool() == 1);

    typeIntoCell(open.rows(), 1, gui::RowsModel::Students, QStringLiteral("１２０人"));
    CHECK(stored(open.path).schools[1].rows[1].students == QStringLiteral("120"));
    CHECK(open.rows()->model()->index(1, gui::RowsModel::Students).data().toString() == QStringLiteral("120"));
    const QString before = sampleWorkbook(2, 2).schools[1].rows[1].students;

    focusCell(open.rows(), 0, 0);
    QTest::keyClick(open.rows(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(stored(open.path).schools[1].rows[1].students == before);
    CHECK(open.rows()->model()->index(1, gui::RowsModel::Students).data().toString() == before);
}

TEST_CASE("schools and rows are added by typing and choosing, removed, and undone", "[gui]")
{
    OpenWindow open(2, 1);
    QAbstractItemModelTester rowsTester(open.rows()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester schoolsTester(open.window.editor()->schoolsPanel()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);

    child<QAction>(&open.window, "addSchoolAction")->trigger();
    settle();
    REQUIRE(stored(open.path).schools.size() == 3);
    const int added = open.window.editor()->schoolsPanel()->currentSchool();
    REQUIRE(added >= 0);
    auto* name = child<QLineEdit>(&open.window, "nameEdit");
    CHECK(name->hasFocus());
    typeText(name, QStringLiteral("宜宾 职业技术学院"));
    auto* type = child<QComboBox>(&open.window, "typeCombo");
    QTest::keyClick(type, Qt::Key_Down); // 中职
    QTest::keyClick(type, Qt::Key_Down); // 高职
    settle();
    CHECK(stored(open.path).schools[added].name == QStringLiteral("宜宾职业技术学院")); // spaces dropped
    CHECK(stored(open.path).schools[added].type == QStringLiteral("高职"));
    CHECK(open.rows()->model()->rowCount() == 0);

    focusCell(open.rows(), -1, -1);
    QTest::keyClick(open.rows(), Qt::Key_Return, Qt::ControlModifier);
    settle();
    REQUIRE(open.rows()->model()->rowCount() == 1);
    typeIntoCell(open.rows(), 0, gui::RowsModel::Certificate, QStringLiteral("web前端"));
    focusCell(open.rows(), 0, gui::RowsModel::Junior);
    QTest::keyClick(open.rows(), Qt::Key_Space);
    typeIntoCell(open.rows(), 0, gui::RowsModel::Majors, QStringLiteral("计算机应用技术，软件技术"));
    typeIntoCell(open.rows(), 0, gui::RowsModel::Students, QStringLiteral("８０"));
    QTest::keyClick(open.rows(), Qt::Key_Return, Qt::ControlModifier);
    typeIntoCell(open.rows(), 1, gui::RowsModel::Certificate, QStringLiteral("物流管理"));

    Workbook file = stored(open.path);
    REQUIRE(file.schools[added].rows.size() == 2);
    const CertificateRow& first = file.schools[added].rows[0];
    CHECK(first.certificate == QStringLiteral("Web前端开发"));
    CHECK(first.levels == QStringList{QStringLiteral("初级")});
    CHECK(first.majors == QStringList{QStringLiteral("计算机应用技术"), QStringLiteral("软件技术")});
    CHECK(first.printedMajorCount() == QStringLiteral("2"));
    CHECK(first.students == QStringLiteral("80"));
    CHECK(file.schools[added].rows[1].certificate == QStringLiteral("物流管理"));

    focusCell(open.rows(), 0, gui::RowsModel::Remark);
    QTest::keyClick(open.rows(), Qt::Key_Delete);
    settle();
    REQUIRE(stored(open.path).schools[added].rows.size() == 1);
    CHECK(stored(open.path).schools[added].rows[0].certificate == QStringLiteral("物流管理"));
    QTest::keyClick(open.rows(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    REQUIRE(stored(open.path).schools[added].rows.size() == 2);
    CHECK(open.rows()->model()->index(0, 0).data().toString() == QStringLiteral("Web前端开发"));

    child<QAction>(&open.window, "removeSchoolAction")->trigger();
    settle();
    CHECK(stored(open.path).schools.size() == 2);
    QTest::keyClick(open.rows(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    REQUIRE(stored(open.path).schools.size() == 3);
    CHECK(stored(open.path).schools[added].rows.size() == 2);
}

TEST_CASE("three rows pasted from Excel are normalised as an import would", "[gui]")
{
    OpenWindow open(1, 1);
    QAbstractItemModelTester rowsTester(open.rows()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QGuiApplication::clipboard()->setText(QStringLiteral("物流管理（初级、中级）\t2\t物流服务与管理、电子商务\t１２０人\t\r\n"
                                                         "WEB前端开发(初级)\t1\t计算机应用\t45\t校企合作\r\n"
                                                         "老年照护（初级）\t1\t护理\t60\t\r\n"));
    focusCell(open.rows(), 0, 0);
    QTest::keyClick(open.rows(), Qt::Key_V, Qt::ControlModifier);
    settle();
    const Workbook file = stored(open.path);
    REQUIRE(file.schools[0].rows.size() == 4);
    CHECK(file.schools[0].rows[1].certificate == QStringLiteral("物流管理"));
    CHECK(file.schools[0].rows[1].levels == QStringList{QStringLiteral("初级"), QStringLiteral("中级")});
    CHECK(file.schools[0].rows[1].students == QStringLiteral("120"));
    CHECK(file.schools[0].rows[2].certificate == QStringLiteral("Web前端开发"));
    CHECK(file.schools[0].rows[2].remark == QStringLiteral("校企合作"));
    CHECK(file.schools[0].rows[3].majors == QStringList{QStringLiteral("护理")});
    CHECK(open.rows()->model()->rowCount() == 4);
    QTest::keyClick(open.rows(), Qt::Key_Z, Qt::ControlModifier); // the paste is one step
    settle();
    CHECK(stored(open.path).schools[0].rows.size() == 1);
    CHECK(open.rows()->model()->rowCount() == 1);
}

TEST_CASE("findings appear and disappear with edits, and double-clicking one goes to its field", "[gui]")
{
    OpenWindow open(2, 1);
    gui::FindingsPanel* findings = open.window.findingsPanel();
    QAbstractItemModelTester findingsTester(findings->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    WorkbookDocument* document = open.window.document();
    clickItem(open.schools(), 1);
    CHECK_FALSE(findingCodes(document->findings(), 1, 0).contains(QStringLiteral("E08")));

    typeIntoCell(open.rows(), 0, gui::RowsModel::Students, QStringLiteral("很多"));
    typeIntoCell(open.rows(), 0, gui::RowsModel::Majors, QStringLiteral("烹饪"));
    focusCell(open.rows(), 0, gui::RowsModel::Junior);
    QTest::keyClick(open.rows(), Qt::Key_Space);
    QTest::keyClick(open.rows(), Qt::Key_Right);
    QTest::keyClick(open.rows(), Qt::Key_Space); // both levels unchecked
    settle();
    const QStringList codes = findingCodes(document->findings(), 1, 0);
    CHECK(codes.contains(QStringLiteral("E08")));
    CHECK(codes.contains(QStringLiteral("E05")));
    CHECK(codes.contains(QStringLiteral("W01")));
    CHECK(open.window.editor()->schoolsPanel()->model()->index(1).data(gui::SchoolsModel::ErrorCountRole).toInt() >= 2);

    auto* type = child<QComboBox>(&open.window, "typeCombo");
    type->setFocus();
    typeText(type, QStringLiteral("技")); // keyboard search in the combo: 技工学校
    settle();
    CHECK(stored(open.path).schools[1].type == QStringLiteral("技工学校"));
    CHECK(findingCodes(document->findings(), 1).contains(QStringLiteral("E03")));

    // The E08 finding in the pane: a double-click selects its cell.
    clickItem(open.schools(), 0);
    int e08 = -1;
    for (int r = 0; r < findings->model()->rowCount(); ++r) {
        if (findings->model()->finding(r).code == u"E08")
            e08 = r;
    }
    REQUIRE(e08 >= 0);
    doubleClickItem(findings->view(), e08, gui::FindingsModel::Message);
    CHECK(open.window.editor()->schoolsPanel()->currentSchool() == 1);
    CHECK(open.rows()->currentIndex() == open.rows()->model()->index(0, gui::RowsModel::Students));
    CHECK(open.rows()->hasFocus());

    typeIntoCell(open.rows(), 0, gui::RowsModel::Students, QStringLiteral("50"));
    CHECK_FALSE(findingCodes(document->findings(), 1, 0).contains(QStringLiteral("E08")));
    CHECK(open.window.statusLine()->summaryText().contains(QStringLiteral("错误 %1 ").arg(document->summary().errors)));
}

TEST_CASE("a warning is explained from the findings pane, and the explanation is undone", "[gui]")
{
    OpenWindow open(1, 1);
    gui::FindingsPanel* findings = open.window.findingsPanel();
    QAbstractItemModelTester findingsTester(findings->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    int w01 = -1;
    for (int r = 0; r < findings->model()->rowCount() && w01 < 0; ++r) {
        if (findings->model()->finding(r).code == u"W01")
            w01 = r;
    }
    REQUIRE(w01 >= 0);
    const Finding warning = findings->model()->finding(w01);
    const int unexplained = open.window.document()->summary().unexplainedWarnings;
    clickItem(findings->view(), w01);
    QTest::mouseClick(child<QPushButton>(&open.window, "explainButton"), Qt::LeftButton);
    auto* dialog = open.window.findChild<gui::ExplainDialog*>();
    REQUIRE(dialog);
    auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto* text = child<QPlainTextEdit>(dialog, "explanationEdit");
    typeText(text, QStringLiteral("专业相近"));
    CHECK_FALSE(ok->isEnabled()); // 4 characters: too short
    typeText(text, QStringLiteral("，课程覆盖证书内容"));
    CHECK(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    settle();
    CHECK(stored(open.path).explanations.value(warning.identity().key()) == QStringLiteral("专业相近，课程覆盖证书内容"));
    CHECK(open.window.document()->summary().unexplainedWarnings == unexplained - 1);
    CHECK(open.window.statusLine()->summaryText().contains(QStringLiteral("（未说明 %1）").arg(unexplained - 1)));

    focusCell(open.rows(), 0, 0);
    QTest::keyClick(open.rows(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK_FALSE(stored(open.path).explanations.contains(warning.identity().key()));
    CHECK(open.window.document()->summary().unexplainedWarnings == unexplained);
}

TEST_CASE("试点条件… stores a row's evidence in one step and shows the shares as they are typed", "[gui]")
{
    OpenWindow open(1, 1);
    focusCell(open.rows(), 0, gui::RowsModel::Majors);
    QTest::mouseClick(child<QPushButton>(&open.window, "evidenceButton"), Qt::LeftButton);
    auto* dialog = open.window.findChild<gui::EvidenceDialog*>();
    REQUIRE(dialog);
    auto* team = child<QLineEdit>(dialog, "teamSizeEdit");
    auto* dual = child<QLineEdit>(dialog, "dualEdit");
    CHECK(team->text() == QStringLiteral("10")); // as stored
    team->selectAll();
    typeText(team, QStringLiteral("２０人"));
    dual->selectAll();
    typeText(dual, QStringLiteral("8"));
    CHECK(child<QLabel>(dialog, "sharesLabel")->text() == QStringLiteral("双师型 40%（应不低于 50%）· 行业企业专家 10%（应不低于 20%）"));
    typeText(child<QLineEdit>(dialog, "enrolmentEdit"), QStringLiteral("建筑工程施工=45/50/52"));
    child<QComboBox>(dialog, "facilitiesCombo")->setCurrentIndex(2); // 否
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();

    const RowEvidence evidence = stored(open.path).schools[0].rows[0].evidence;
    CHECK(evidence.teamSize == 20);
    CHECK(evidence.dualQualified == 8);
    CHECK(evidence.facilities.answer == false);
    REQUIRE(evidence.enrolment.size() == 1);
    CHECK(evidence.enrolment[0].enrolled[2] == 52);
    const QStringList codes = findingCodes(open.window.document()->findings(), 0, 0);
    CHECK(codes.contains(QStringLiteral("W03")));
    CHECK(codes.contains(QStringLiteral("W10")));

    focusCell(open.rows(), 0, 0);
    QTest::keyClick(open.rows(), Qt::Key_Z, Qt::ControlModifier); // every field in one step
    settle();
    CHECK(stored(open.path).schools[0].rows[0].evidence == sampleWorkbook(1, 1).schools[0].rows[0].evidence);
}

TEST_CASE("the main window says why a workbook cannot be opened", "[gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("broken.x1db"));
    writeBytes(path, "not a workbook");
    QStringList shown;
    gui::MessageBox::interceptWith([&](const QString& title, const QString& text) { shown << title << text; });
    gui::MainWindow window;
    CHECK_FALSE(window.openWorkbook(path));
    gui::MessageBox::interceptWith({});
    REQUIRE(shown.size() == 2);
    CHECK(shown[0] == QStringLiteral("无法打开工作簿"));
    CHECK(shown[1].contains(QStringLiteral("broken.x1db")));
    CHECK(shown[1].contains(QStringLiteral("不是 SQLite 数据库文件")));
    CHECK(window.document() == nullptr);
}

TEST_CASE("Enter in the row table stores the cell and goes on to the next one, as Tab does", "[gui]")
{
    OpenWindow open(1, 2);
    QTableView* rows = open.rows();
    focusCell(rows, 0, gui::RowsModel::Students);
    QTest::keyClick(rows, Qt::Key_F2);
    auto* students = qobject_cast<QLineEdit*>(rows->indexWidget(rows->model()->index(0, gui::RowsModel::Students)));
    REQUIRE(students);
    students->selectAll();
    typeText(students, QStringLiteral("95"));
    QTest::keyClick(students, Qt::Key_Return);
    settle();
    CHECK(stored(open.path).schools[0].rows[0].students == QStringLiteral("95"));
    CHECK(rows->currentIndex() == rows->model()->index(0, gui::RowsModel::Remark));
    auto* remark = qobject_cast<QLineEdit*>(rows->indexWidget(rows->model()->index(0, gui::RowsModel::Remark)));
    REQUIRE(remark); // the next cell is being edited
    typeText(remark, QStringLiteral("已备案"));
    QTest::keyClick(remark, Qt::Key_Enter, Qt::KeypadModifier);
    settle();
    CHECK(stored(open.path).schools[0].rows[0].remark.endsWith(QStringLiteral("已备案")));
    CHECK(rows->currentIndex() == rows->model()->index(1, gui::RowsModel::Certificate)); // the next row
    QWidget* certificate = rows->indexWidget(rows->currentIndex());
    REQUIRE(certificate); // being edited too
    QTest::keyClick(certificate, Qt::Key_Escape);

    focusCell(rows, 1, gui::RowsModel::Junior); // a cell not being edited
    QTest::keyClick(rows, Qt::Key_Return);
    CHECK(rows->currentIndex() == rows->model()->index(1, gui::RowsModel::Intermediate));
    focusCell(rows, 0, gui::RowsModel::Remark);
    QTest::keyClick(rows, Qt::Key_Return);
    CHECK(rows->currentIndex() == rows->model()->index(1, gui::RowsModel::Certificate));
}
