#pragma once

#include "handfilled/source_data.h"
#include "util/result.h"

#include <QString>

namespace x1 {

// Reads a workbook (.x1db), a JSON interchange file (.json) or a form filled in Excel
// (.xlsx, .xls). Never modifies the file.
Result<SourceData> readSource(const QString& path);

// Whether a file is of a kind readSource reads (.x1db, .json, .xlsx, .xls), by its name.
bool isSourceFile(const QString& path);

// The files that `paths` name: a folder stands for the source files in it, by name.
QStringList sourceFilesIn(const QStringList& paths);

} // namespace x1
