#pragma once

#include "handfilled/form_locator.h"
#include "handfilled/source_data.h"

namespace x1 {
class Catalog;
}

namespace x1::forms {

// The data block of a form: the schools read from the rows below the header, up to the notes.
struct FormRows {
    QList<School> schools;
    QList<CellIssue> issues;
    int firstRow = -1, lastRow = -1; // the rows taken as data (0-based), -1 when none
};

FormRows readFormRows(const SheetGrid& grid, const TableLayout& layout, const QString& fileName,
                      const Catalog& catalog);

} // namespace x1::forms
