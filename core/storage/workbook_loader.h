#pragma once

#include "model/workbook.h"
#include "util/result.h"

#include "storage/sqlite_connection.h"

#include <QString>

namespace x1::storage {

// Reads every table of an open workbook of the current version into the model. `path` names
// the file in messages.
Result<Workbook> loadWorkbook(SqliteConnection& connection, const QString& path);

} // namespace x1::storage
