// libFuzzer target: an .xls file's bytes through the .xls reader (FreeXL, which reads from a
// file: readXls copies the bytes to a temporary file itself) and the hand-filled form recogniser.
// FreeXL is the system's library, not instrumented: ASan sees only what reaches our code, but a
// crash inside FreeXL still ends the run — as it would end x1apply (see readXls's check of the
// DIMENSION records, and docs/reliability.md).

#include "fuzz_common.h"

#include "catalog/catalog.h"
#include "handfilled/form_reader.h"
#include "spreadsheet/xls_reader.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    x1fuzz::quietQt();
    (void)x1::Catalog::builtIn();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.xls");
    x1::Result<x1::SpreadsheetBook> book = x1::readXls(x1fuzz::bytes(data, size), name);
    if (book)
        (void)x1::recogniseForm(*book, name, x1::Catalog::builtIn(), QStringLiteral("/fuzz/fuzz.xls"));
    return 0;
}
