#pragma once

#include "cli.h"

#include "storage/edit_lock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace x1::cli {

// What a command gets: its own arguments and the two output streams.
struct Context {
    QStringList arguments; // starting with the command's name
    QTextStream& out;
    QTextStream& err;
    // Held while a command changes a workbook, so that the window or another command does not
    // write it at the same time (released when the command ends).
    std::unique_ptr<EditLock> editLock = nullptr;
};

struct Command {
    const char* name;
    const char* synopsis;  // e.g. "new WORKBOOK --profile ID …"
    const char* summary;   // one line, Chinese (translated with the context "x1::cli")
    int (*run)(Context&);
};

// Every command of the console program, in the order of `--help`.
const QList<Command>& commands();

// Parses a command's options; on failure or --help prints to err/out and returns the exit code
// to use, else returns -1 and leaves the positional arguments in `positional`.
int parseOptions(Context& context, QCommandLineParser& parser, const Command& command,
                 int minimumPositional, int maximumPositional);

// The text of the command's usage line and summary.
QString usageOf(const Command& command);

const Command& commandNamed(const char* name);

inline QString tr(const char* text)
{
    return QCoreApplication::translate("x1::cli", text);
}

} // namespace x1::cli
