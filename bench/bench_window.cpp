// The window on big workbooks (issue 12): start to first painted window on 1,000 schools (aim
// ≤ 0.3 s), and one edit typed into the table → saved, re-checked and repainted on 2,000 schools
// (aim ≤ 50 ms median). Offscreen; figures in docs/window.md.
//   cmake --build build --target bench_window && QT_QPA_PLATFORM=offscreen build/bench/bench_window [runs]
#include "bench_support.h"

#include "editor/workbook_editor.h"
#include "main_window.h"
#include "rows/rows_model.h"
#include "rows/rows_panel.h"
#include "storage/workbook_file.h"

#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>

using namespace x1;

namespace {

QString createWorkbook(const QTemporaryDir& dir, int schools)
{
    const QString path = dir.filePath(QStringLiteral("bench_%1.x1db").arg(schools));
    if (!WorkbookFile::create(path, bench::generatedWorkbook(schools, 5)))
        std::abort();
    return path;
}

// Lets the window finish the edit's re-check and paints it.
void settleAndPaint(QWidget& window)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    window.grab();
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 101;
    QTemporaryDir dir;

    const QString thousand = createWorkbook(dir, 1000);
    bench::print("open 1,000 schools to first paint", bench::measure(9, [&] {
        gui::MainWindow window;
        if (!window.openWorkbook(thousand))
            std::abort();
        window.show();
        settleAndPaint(window);
    }));

    const QString twoThousand = createWorkbook(dir, 2000);
    gui::MainWindow window;
    if (!window.openWorkbook(twoThousand))
        std::abort();
    window.resize(1280, 800);
    window.show();
    settleAndPaint(window);
    QAbstractItemModel* rows = window.editor()->rowsPanel()->view()->model();
    int i = 0;
    bench::print("one edit on 2,000 schools (saved, checked, painted)", bench::measure(runs, [&] {
        const QModelIndex cell = rows->index(i % rows->rowCount(), gui::RowsModel::Students);
        if (!rows->setData(cell, QString::number(100 + i)))
            std::abort();
        settleAndPaint(window);
        ++i;
    }));
    return 0;
}
