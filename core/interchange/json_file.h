#pragma once

#include "model/workbook.h"
#include "util/result.h"

namespace x1 {

// The JSON interchange file (docs/json-format.md).
Result<Workbook> readJsonFile(const QString& path);
Status writeJsonFile(const QString& path, const Workbook& workbook);
QByteArray workbookJsonBytes(const Workbook& workbook);

} // namespace x1
