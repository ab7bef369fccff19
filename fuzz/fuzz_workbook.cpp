// libFuzzer target: an .x1db workbook (a SQLite file) through WorkbookFile::read, on a
// per-process temporary file. Older versions are upgraded in a temporary copy by read itself.
// SQLite is the system's library, not instrumented.

#include "fuzz_common.h"

#include "storage/workbook_file.h"

namespace {
QString path;

void removeAll()
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    x1fuzz::quietQt();
    path = x1fuzz::tempPath("workbook", "x1db");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    removeAll();
    if (x1fuzz::writeFile(path, data, size))
        (void)x1::WorkbookFile::read(path);
    removeAll();
    return 0;
}
