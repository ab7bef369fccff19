// 导入/汇总 in the window (issue 14): 1,000 generated forms imported through the window, with
// a 10 ms timer recording the longest gap between its ticks (the event loop must keep answering;
// aim ≤ 100 ms), beside `x1apply-cli import` of the same files into the same empty workbook,
// timed from outside (aim: the window ≤ 1.2× the console). Figures in docs/window.md.
//   python3 ../shared/bench/gen_forms.py --n 1000 --out /tmp/office14-forms --seed 1
//   cmake --build build --target bench_office_import && build/bench/bench_office_import /tmp/office14-forms [runs]
#include "bench_support.h"

#include "document/workbook_document.h"
#include "main_window.h"
#include "office/import_actions.h"
#include "office/import_summary_dialog.h"
#include "office/office_actions.h"
#include "storage/workbook_file.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdlib>

using namespace x1;

namespace {

Workbook emptyOffice()
{
    Workbook workbook;
    workbook.header = {QStringLiteral("sc-2019"), QStringLiteral("四川省教育厅"), QString(), QStringLiteral("王伟"),
                       QStringLiteral("028-86110894"), QDate(2019, 4, 22)};
    return workbook;
}

QString freshWorkbook(const QTemporaryDir& dir, int run, const char* who)
{
    const QString path = dir.filePath(QStringLiteral("%1_%2.x1db").arg(QLatin1StringView(who)).arg(run));
    if (!WorkbookFile::create(path, emptyOffice()))
        std::abort();
    return path;
}

struct WindowRun {
    double milliseconds = 0;
    double longestGap = 0;
    int schools = 0;
};

WindowRun importInWindow(const QString& workbook, const QString& folder)
{
    gui::MainWindow window;
    window.adopt(std::move(WorkbookDocument::open(workbook)).value());
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();

    gui::ImportActions* imports = window.officeActions()->imports();
    QEventLoop loop;
    QObject::connect(imports, &gui::ImportActions::finished, &loop, &QEventLoop::quit);
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticks;
    ticks.setInterval(10);
    QObject::connect(&ticks, &QTimer::timeout, [&] {
        longest = std::max(longest, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    QElapsedTimer elapsed;
    elapsed.start();
    sinceTick.start();
    ticks.start();
    if (!imports->startImport({folder}))
        std::abort();
    loop.exec();
    WindowRun run;
    run.milliseconds = elapsed.nsecsElapsed() / 1e6;
    ticks.stop();
    longest = std::max(longest, sinceTick.nsecsElapsed());
    run.longestGap = longest / 1e6;
    run.schools = int(window.document()->workbook().schools.size());
    if (imports->summaryDialog())
        imports->summaryDialog()->close();
    return run;
}

double importInConsole(const QString& workbook, const QString& folder)
{
    QProcess process;
    QElapsedTimer elapsed;
    elapsed.start();
    process.start(QStringLiteral(X1_CLI_PATH), {QStringLiteral("import"), workbook, folder});
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit)
        std::abort();
    return elapsed.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("x1apply-bench"));
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/office14-forms");
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    const int files = int(gui::ImportActions::expandFolders({folder}).size());
    QTemporaryDir dir;

    QList<double> window, console, gaps;
    int schools = 0;
    for (int run = 0; run < runs; ++run) {
        console << importInConsole(freshWorkbook(dir, run, "console"), folder);
        const WindowRun inWindow = importInWindow(freshWorkbook(dir, run, "window"), folder);
        window << inWindow.milliseconds;
        gaps << inWindow.longestGap;
        schools = inWindow.schools;
    }
    std::sort(window.begin(), window.end());
    std::sort(console.begin(), console.end());
    std::sort(gaps.begin(), gaps.end());
    std::printf("%d files, %d schools, %d runs\n", files, schools, runs);
    std::printf("%-40s median %8.1f ms  (min %.1f, max %.1f)\n", "import in the window", window[runs / 2], window.front(), window.back());
    std::printf("%-40s median %8.1f ms  (min %.1f, max %.1f)\n", "x1apply-cli import (process)", console[runs / 2], console.front(), console.back());
    std::printf("%-40s %.2f\n", "window / console (medians)", window[runs / 2] / console[runs / 2]);
    std::printf("%-40s median %8.1f ms  max %8.1f ms\n", "longest event-loop gap", gaps[runs / 2], gaps.back());
    return 0;
}
