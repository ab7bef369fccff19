// libFuzzer target: an .xls file's bytes through the .xls reader (FreeXL, which reads from a
// file: readXls copies the bytes to a temporary file itself) and the hand-filled form recogniser.
// FreeXL is the system's library, not instrumented: ASan sees only what reaches our code, but a
// crash inside FreeXL still ends the run.
//
// Known and open: FreeXL 1.0.6 dies (SIGSEGV) in freexl_open on a DIMENSION record whose rows
// times columns overflows its 32-bit cell-array size (fuzz/open/xls, docs/reliability.md). So
// that the run can look past it, each input is first opened by FreeXL alone in a forked child,
// and an input that kills the child is skipped. (Here, not in core/: core stays free of POSIX calls.)

#include "fuzz_common.h"

#include "catalog/catalog.h"
#include "handfilled/form_reader.h"
#include "spreadsheet/xls_reader.h"

#include <freexl.h>

#include <cerrno>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QString path;

bool freexlSurvives(const uint8_t* data, size_t size)
{
    if (!x1fuzz::writeFile(path, data, size))
        return true;
    const pid_t child = fork();
    if (child < 0)
        return true;
    if (child == 0) {
        for (const int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
            std::signal(signal, SIG_DFL);
        const void* handle = nullptr;
        if (freexl_open(path.toLocal8Bit().constData(), &handle) == FREEXL_OK)
            freexl_close(handle);
        _exit(0);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR)
            return true;
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    x1fuzz::quietQt();
    (void)x1::Catalog::builtIn();
    path = x1fuzz::tempPath("xls", "xls");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!x1::looksLikeXls(x1fuzz::bytes(data, size)) || !freexlSurvives(data, size)) {
        QFile::remove(path);
        return 0;
    }
    QFile::remove(path);
    const QString name = QStringLiteral("fuzz.xls");
    x1::Result<x1::SpreadsheetBook> book = x1::readXls(x1fuzz::bytes(data, size), name);
    if (book)
        (void)x1::recogniseForm(*book, name, x1::Catalog::builtIn(), QStringLiteral("/fuzz/fuzz.xls"));
    return 0;
}
