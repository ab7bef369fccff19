#include "support/catch.h"
#include "support/test_files.h"

#include "main_window.h"
#include "message_box.h"
#include "rows_model.h"

#include "storage/workbook_file.h"

#include <QAbstractItemModelTester>
#include <QTableView>

using namespace x1;
using namespace x1::test;

TEST_CASE("the main window shows a workbook's printed rows read-only", "[gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    Workbook workbook = sampleWorkbook(3, 2);
    REQUIRE(WorkbookFile::create(path, workbook).ok());

    gui::MainWindow window;
    REQUIRE(window.openWorkbook(path));
    QAbstractItemModel* model = window.rowsView()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 6);
    CHECK(model->columnCount() == 8);
    CHECK(model->headerData(1, Qt::Horizontal).toString() == QStringLiteral("试点院校名称"));
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("四川第1职业技术学院"));
    CHECK(model->index(2, 0).data().toInt() == 2);
    CHECK(model->index(0, 3).data().toString() == QStringLiteral("建筑信息模型（BIM）（初级、中级）"));
    CHECK(model->index(1, 6).data().toString() == workbook.schools[0].rows[1].students);
    CHECK(window.rowsView()->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(window.windowTitle().startsWith(QStringLiteral("w.x1db")));
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
