#pragma once

#include "cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace x1::cli {

// What a command gets: its own arguments and the two output streams.
struct Context {
    QStringList arguments; // starting with the command's name
    QTextStream& out;
    QTextStream& err;
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
