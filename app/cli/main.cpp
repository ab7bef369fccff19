// x1apply-cli: the console program. Parses nothing itself; x1::cli::run does the work.
#include "cli.h"
#include "console_output.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// Qt's own diagnostics (the offscreen platform's notes about XDG_RUNTIME_DIR, fonts …) are not
// for the user of a console program; X1APPLY_DEBUG=1 shows them.
void quietQtMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("X1APPLY_DEBUG"))
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietQtMessages);
    const x1::cli::ConsoleCodePage utf8Console;
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (x1::cli::paints(arguments)) {
#ifndef Q_OS_WIN
        // No display is needed to paint a PDF. On Windows the default platform (windows) needs
        // none either, and it is the one that knows the installed fonts.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("x1apply"));

    x1::cli::ConsoleOutput standardOutput(stdout);
    x1::cli::ConsoleOutput standardError(stderr);
    QTextStream out(&standardOutput);
    QTextStream err(&standardError);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const int exitCode = x1::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return exitCode;
}
