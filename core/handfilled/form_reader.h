#pragma once

#include "handfilled/source_data.h"
#include "util/result.h"
#include "spreadsheet/sheet_grid.h"

#include <QString>

namespace x1 {

class Catalog;

// Recognises the official form in a spreadsheet by its content, not by fixed addresses: the
// title, the 报送单位 and 联系人及电话 cells, the header row, the data rows up to the notes, on
// the first sheet that holds it. Cells that cannot be understood become CellIssues (the row is
// kept with the text as typed). A book without the form is an error.
// The source's 填报日期: the form's 填报日期 cell, else the document's modified date.
// `fileName` goes into the CellIssues; `displayPath` (the file name when empty) starts a refusal.
Result<SourceData> recogniseForm(const SpreadsheetBook& book, const QString& fileName, const Catalog& catalog,
                                 const QString& displayPath = {});

// Reads an .xlsx/.xls file and recognises the form in it (the SHA-256 is left to the caller).
Result<SourceData> readFormFile(const QString& path);

} // namespace x1
