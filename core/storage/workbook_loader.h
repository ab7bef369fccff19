#pragma once

#include "model/workbook.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace x1::storage {

// Reads every table of an open workbook of the current version into the model. `path` names
// the file in messages.
Result<Workbook> loadWorkbook(QSqlDatabase& database, const QString& path);

} // namespace x1::storage
