// libFuzzer target: an .xlsx file's bytes through the .xlsx reader (libzip + the XML scanner)
// and, when it reads, through the hand-filled form recogniser — what `import` does with a file.

#include "fuzz_common.h"

#include "catalog/catalog.h"
#include "handfilled/form_reader.h"
#include "spreadsheet/xlsx_reader.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    x1fuzz::quietQt();
    (void)x1::Catalog::builtIn();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.xlsx");
    x1::Result<x1::SpreadsheetBook> book = x1::readXlsx(x1fuzz::bytes(data, size), name);
    if (book)
        (void)x1::recogniseForm(*book, name, x1::Catalog::builtIn(), QStringLiteral("/fuzz/fuzz.xlsx"));
    return 0;
}
