#pragma once

#include "util/result.h"
#include "spreadsheet/read_limits.h"
#include "spreadsheet/sheet_grid.h"

#include <QByteArray>
#include <QString>

namespace x1 {

// Reads every worksheet of a legacy .xls (BIFF) file into cell grids with FreeXL. FreeXL does
// not see merged ranges: a vertically merged cell reads as blank below its first row, which the
// form reader treats as a continuation. The bytes go through a temporary ASCII-named copy,
// because FreeXL opens a char* path (the ANSI code page on Windows).
Result<SpreadsheetBook> readXls(const QByteArray& fileBytes, const QString& displayName,
                                const ReadLimits& limits = {});

// True when the bytes start like an OLE2 compound file (.xls) or a zip archive (.xlsx).
bool looksLikeXls(const QByteArray& bytes);
bool looksLikeZip(const QByteArray& bytes);

} // namespace x1
