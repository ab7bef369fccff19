// The window's 定稿与打印 on big workbooks (issue 13): opening the print preview of a 1,000-row
// workbook to its first page painted (aim ≤ 0.5 s), and exporting a 10,000-row workbook (XLSX and
// PDF) from the window while a 10 ms timer records the longest gap of the event loop (aim: never
// over 200 ms). Offscreen; figures in docs/printing.md.
//   cmake --build build --target bench_print_window && QT_QPA_PLATFORM=offscreen build/bench/bench_print_window [runs]
#include "bench_support.h"

#include "main_window.h"
#include "printing/export_actions.h"
#include "printing/export_done_dialog.h"
#include "printing/page_view.h"
#include "printing/print_actions.h"
#include "printing/print_preview_dialog.h"
#include "storage/workbook_file.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

using namespace x1;

namespace {

QString createWorkbook(const QTemporaryDir& dir, int schools, int rows)
{
    const QString path = dir.filePath(QStringLiteral("bench_%1x%2.x1db").arg(schools).arg(rows));
    if (!WorkbookFile::create(path, bench::generatedWorkbook(schools, rows)))
        std::abort();
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 9;
    QTemporaryDir dir;

    {
        gui::MainWindow window;
        if (!window.openWorkbook(createWorkbook(dir, 200, 5)))
            std::abort();
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        bench::print("preview of 1,000 rows to first page painted", bench::measure(runs, [&] {
            gui::PrintPreviewDialog* preview = window.printActions()->openPreview();
            if (!preview)
                std::abort();
            while (preview->pageView()->paintedPages() == 0)
                QCoreApplication::processEvents();
            preview->close();
            QCoreApplication::processEvents();
        }));
    }

    gui::MainWindow window;
    if (!window.openWorkbook(createWorkbook(dir, 2000, 5)))
        std::abort();
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    gui::ExportActions* exports = window.exportActions();
    QList<double> gaps;
    QList<double> totals;
    for (int run = 0; run < qMax(3, runs / 3); ++run) {
        for (auto format : {gui::ExportActions::Format::Xlsx, gui::ExportActions::Format::Pdf}) {
            const QString target = dir.filePath(format == gui::ExportActions::Format::Pdf ? QStringLiteral("out.pdf") : QStringLiteral("out.xlsx"));
            QElapsedTimer total;
            total.start();
            QElapsedTimer sinceTick;
            sinceTick.start();
            double longest = 0;
            QTimer ticker;
            ticker.setInterval(10);
            QObject::connect(&ticker, &QTimer::timeout, [&] {
                longest = qMax(longest, sinceTick.nsecsElapsed() / 1e6);
                sinceTick.restart();
            });
            ticker.start();
            bool done = false;
            QObject::connect(exports, &gui::ExportActions::finished, &ticker, [&](bool written) {
                if (!written)
                    std::abort();
                done = true;
            });
            if (!exports->startExport(format, target))
                std::abort();
            while (!done)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            longest = qMax(longest, sinceTick.nsecsElapsed() / 1e6);
            ticker.stop();
            if (exports->doneDialog())
                exports->doneDialog()->close();
            QCoreApplication::processEvents();
            gaps << longest;
            totals << total.nsecsElapsed() / 1e6;
            std::printf("export 10,000 rows to %s: %8.1f ms, longest event-loop gap %6.1f ms\n",
                        format == gui::ExportActions::Format::Pdf ? "PDF " : "XLSX", totals.last(), longest);
        }
    }
    std::sort(gaps.begin(), gaps.end());
    std::printf("longest event-loop gap while exporting: median %.1f ms, max %.1f ms\n", gaps[gaps.size() / 2], gaps.last());
    return 0;
}
