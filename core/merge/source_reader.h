#pragma once

#include "handfilled/source_data.h"
#include "util/result.h"

#include <QString>

namespace x1 {

// Reads a workbook (.x1db), a JSON interchange file (.json) or a form filled in Excel
// (.xlsx, .xls). Never modifies the file.
Result<SourceData> readSource(const QString& path);

} // namespace x1
