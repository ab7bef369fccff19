// libFuzzer target: a JSON interchange file through readJsonFile (which takes a path: the bytes
// go to a per-process temporary file) and, when it reads, back out through workbookJsonBytes.

#include "fuzz_common.h"

#include "interchange/json_file.h"

namespace {
QString path;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    x1fuzz::quietQt();
    path = x1fuzz::tempPath("json", "json");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!x1fuzz::writeFile(path, data, size))
        return 0;
    x1::Result<x1::Workbook> workbook = x1::readJsonFile(path);
    if (workbook)
        (void)x1::workbookJsonBytes(*workbook);
    QFile::remove(path);
    return 0;
}
