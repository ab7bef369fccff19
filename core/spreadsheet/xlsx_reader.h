#pragma once

#include "util/result.h"
#include "spreadsheet/read_limits.h"
#include "spreadsheet/sheet_grid.h"

#include <QByteArray>
#include <QString>

namespace x1 {

// Reads every worksheet of an .xlsx file into cell grids (shared and inline strings, rich-text
// runs joined, numbers, dates, merged ranges) with libzip and QXmlStreamReader. The file is
// only read. `displayName` names the file in messages.
Result<SpreadsheetBook> readXlsx(const QByteArray& fileBytes, const QString& displayName,
                                 const ReadLimits& limits = {});

} // namespace x1
