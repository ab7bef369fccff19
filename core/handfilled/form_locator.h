#pragma once

#include "spreadsheet/sheet_grid.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace x1::forms {

// What a column of the form holds, found from its header cell.
enum class Column { Sequence, Name, SchoolCode, Type, Certificate, Levels, MajorCount, Majors, Students, Remark };

// Where the table of a form sits in a sheet.
struct TableLayout {
    int headerRow = -1;          // 0-based; -1 when the sheet holds no form
    QHash<int, Column> columns;  // sheet column -> what it holds
    int columnOf(Column role) const { return columns.key(role, -1); }
};

// Finds the header row: the first row (within the first 60) whose cells name at least the
// school and the certificate columns and four columns in all. Labels may hold line breaks
// and spaces (`参与试点证书\n及等级`).
TableLayout findTable(const SheetGrid& grid);

// The texts around the table: title, 报送单位, 联系人及电话 (one cell or two, `（盖章）` anywhere),
// 填报日期.
struct FormHeaderCells {
    QString title;
    QString unit;
    QString contactText;  // name and phone as written, when in one cell
    QString contact, phone;
    QString dateText, dateCell; // the text of 填报日期 and its address
    QDate date;
};

// Reads the header fields from every row outside [firstDataRow, lastDataRow].
FormHeaderCells findHeaderCells(const SheetGrid& grid, int headerRow, int firstDataRow, int lastDataRow);

} // namespace x1::forms
