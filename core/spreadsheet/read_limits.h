#pragma once

#include <QtGlobal>

namespace x1 {

// What the spreadsheet readers accept before refusing a file as hostile or broken, so that a
// crafted archive ends in a message instead of eating memory. Documented in docs/excel-import.md.
struct ReadLimits {
    qint64 maxFileBytes = 100ll << 20;        // the file itself
    qint64 maxEntryBytes = 64ll << 20;        // one uncompressed part (sheet, shared strings …)
    qint64 maxTotalBytes = 256ll << 20;       // all parts read from one file, uncompressed
    qint64 maxEntries = 10000;                // entries in the zip archive
    int maxXmlDepth = 64;                     // element nesting in any XML part
    int maxSheets = 256;
    int maxCellsPerSheet = 1000000;
    int maxSharedStrings = 1000000;
};

} // namespace x1
