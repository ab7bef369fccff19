#pragma once

#include "model/workbook.h"
#include "util/result.h"

#include <QString>

namespace x1 {
class SqliteConnection;
}

namespace x1::storage {

// Replaces the whole content of an open workbook of the current version, in one transaction.
Status storeWorkbook(SqliteConnection& connection, const QString& path, const Workbook& workbook);

// The same inside a transaction the caller holds; the error holds SQLite's reason only.
Status replaceContent(SqliteConnection& connection, const Workbook& workbook);

} // namespace x1::storage
