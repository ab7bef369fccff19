#pragma once

#include "util/result.h"
#include "spreadsheet/read_limits.h"
#include "spreadsheet/sheet_grid.h"

#include <QString>

namespace x1 {

// Reads an .xlsx or .xls file into cell grids, choosing the reader by the file's first bytes
// (a .xls renamed .xlsx still reads), and fills `modified` from the file's modification time
// when the document stores none. Refuses files over the size limit. Never writes.
Result<SpreadsheetBook> readSpreadsheetFile(const QString& path, const ReadLimits& limits = {});

} // namespace x1
