// The window on big workbooks (issue 12). Offscreen; figures in docs/window.md.
// - The whole program, process start to first painted window, on 1,000 schools (aim ≤ 0.3 s),
//   beside `x1apply-cli stats` on the same file as the yardstick: 9 runs each, timed from outside.
// - One edit typed into the table → saved, re-checked and repainted, on 2,000 schools (aim
//   ≤ 50 ms median).
// - The longest stall of the event loop (a 10 ms timer records its biggest gap) while opening
//   2,000 schools, adding a school, removing it, pasting 100 rows and undoing all (aim ≤ 200 ms).
//   cmake --build build --target bench_window && build/bench/bench_window [runs]
#include "bench_support.h"

#include "editor/workbook_editor.h"
#include "main_window.h"
#include "rows/rows_model.h"
#include "rows/rows_panel.h"
#include "schools/schools_panel.h"
#include "storage/workbook_file.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

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

// One run of a program, from starting it to its end.
void runProgram(const QString& program, const QStringList& arguments, const QTemporaryDir& dir)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("settings")));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        std::abort();
}

// Runs the actions one by one from the event loop, each a moment after the one before, and
// returns the longest gap between two ticks of a 10 ms timer, in milliseconds.
double longestStall(const QList<std::function<void()>>& actions)
{
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 last = 0, longest = 0;
    QTimer ticks;
    ticks.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticks, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    int next = 0;
    QTimer step;
    QObject::connect(&step, &QTimer::timeout, [&] {
        if (next == actions.size()) {
            loop.quit();
            return;
        }
        actions[next++]();
    });
    clock.start();
    ticks.start(10);
    step.start(100);
    loop.exec();
    return longest / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the windows' settings not in the user's
    const int runs = argc > 1 ? std::atoi(argv[1]) : 101;
    QTemporaryDir dir;

    const QString thousand = createWorkbook(dir, 1000);
    const QStringList firstPaint{thousand, QStringLiteral("--test-first-paint"), QStringLiteral("quit")};
    const bench::Figures program = bench::measure(9, [&] { runProgram(QStringLiteral(X1_GUI_PATH), firstPaint, dir); });
    bench::print("x1apply start to first paint, 1,000", program);
    const bench::Figures console = bench::measure(9, [&] {
        runProgram(QStringLiteral(X1_CLI_PATH), {QStringLiteral("stats"), thousand}, dir);
    });
    bench::print("x1apply-cli stats, 1,000 (yardstick)", console);
    std::printf("%-40s %.2f\n", "ratio window / console (medians)", program.median / console.median);

    const QString twoThousand = createWorkbook(dir, 2000);
    {
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
    }

    QString pasted;
    for (int r = 0; r < 100; ++r)
        pasted += QStringLiteral("物流管理（初级）\t1\t物流管理\t%1\t\r\n").arg(40 + r);
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QElapsedTimer action;
    const auto timed = [&action](const char* what, const std::function<void()>& work) {
        return [&action, what, work] {
            action.start();
            work();
            const double done = action.nsecsElapsed() / 1e6;
            QCoreApplication::processEvents(); // its re-check and repaint
            std::printf("  %-38s %8.1f ms (the edit %.1f ms, then re-check and repaint)\n", what,
                        action.nsecsElapsed() / 1e6, done);
        };
    };
    const double stall = longestStall({
        timed("open 2,000 schools", [&] { window.openWorkbook(twoThousand); }),
        timed("add a school", [&] { window.editor()->addSchool(); }),
        timed("remove it", [&] { window.editor()->removeSchool(); }),
        timed("paste 100 rows", [&] { (void)window.document()->pasteRows(0, 0, pasted); }),
        timed("undo the paste", [&] { window.document()->undoStack()->undo(); }),
        timed("undo the removal", [&] { window.document()->undoStack()->undo(); }),
        timed("undo the addition", [&] { window.document()->undoStack()->undo(); }),
    });
    std::printf("%-40s %8.1f ms\n", "longest event-loop stall", stall);
    return 0;
}
