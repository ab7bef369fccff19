#pragma once

#include <QStringList>
#include <QTextStream>

namespace x1::cli {

// Exit codes of CLI.md.
enum Exit : int {
    Done = 0,          // done, nothing to report
    Reservations = 1,  // done, with reservations (errors found, sources refused, conflicts …)
    NothingDone = 2,   // bad usage or unusable input; nothing was written
};

// Runs `x1apply-cli` with `arguments` (without the program name). `out` receives only what was
// asked for; messages and summaries go to `err`. The application object must exist.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Whether these arguments paint (PDF export): Qt's fonts then need a QGuiApplication, though no
// screen. Every other command runs on a QCoreApplication, which starts and ends much faster.
bool paints(const QStringList& arguments);

} // namespace x1::cli
