#pragma once

#include <QString>

namespace x1::gui {

class MainWindow;

// Hidden options of x1apply for tests and benchmarks that drive the real program from outside
// (tests/window_kill_test.cpp, tests/second_instance_test.cpp, bench/bench_window.cpp).

// --test-edit FIELD=TEXT: once the workbook is open, types TEXT into the header field (unit,
// contact, phone) as a user would and prints "edited" when the edit is stored, so that a test can
// kill the program right after an edit.
void typeForTest(MainWindow& window, const QString& edit);

// --test-first-paint print|quit: once the window has been painted for the first time (with the
// workbook of the command line open, its edit lock held), prints "painted" and keeps running, or
// quits at once: a test knows when to look, a benchmark times start to first paint.
void reportFirstPaint(MainWindow& window, const QString& action);

} // namespace x1::gui
