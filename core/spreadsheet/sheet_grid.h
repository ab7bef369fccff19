#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace x1 {

// One cell as a spreadsheet stored it: its text (numbers written the way a person reads them,
// dates as yyyy-MM-dd) and what kind of value it was.
struct GridCell {
    // Formula: a formula without a cached result (files written by scripts); `text` is "=…".
    enum class Kind { Text, Number, Date, Boolean, Error, Formula };
    QString text;
    Kind kind = Kind::Text;
    QDate date; // Kind::Date only
};

// A rectangle of cells, 0-based and inclusive.
struct CellRange {
    int firstRow = 0, firstColumn = 0, lastRow = 0, lastColumn = 0;
    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
};

// The cells of one worksheet, stored sparsely: a hostile file cannot make a huge grid by
// writing one cell at XFD1048576.
class SheetGrid {
public:
    QString name;
    QList<CellRange> merges;

    void set(int row, int column, GridCell cell);
    const GridCell* at(int row, int column) const;
    QString text(int row, int column) const;
    int cellCount() const { return int(m_cells.size()); }
    int lastRow() const { return m_lastRow; }       // -1 when empty
    int lastColumn() const { return m_lastColumn; } // -1 when empty
    // The last column holding a cell in `row` (-1 when none): loops over a row stop there, so a
    // stray cell at XFD1048576 does not make every row 16,384 columns wide.
    int lastColumnInRow(int row) const { return m_lastColumnByRow.value(row, -1); }
    // The merge range that holds (row, column), or nullptr.
    const CellRange* mergeAt(int row, int column) const;

private:
    static quint64 key(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }
    QHash<quint64, GridCell> m_cells;
    int m_lastRow = -1;
    int m_lastColumn = -1;
    QHash<int, int> m_lastColumnByRow;
};

// A spreadsheet file: its sheets in workbook order and the document's modified time, if stored.
struct SpreadsheetBook {
    QList<SheetGrid> sheets;
    QDateTime modified;
};

// "A1"-style address of a 0-based cell; parses one back (false when not an address). `$` is allowed.
QString cellAddress(int row, int column);
bool parseCellAddress(QStringView address, int& row, int& column);
bool parseCellRange(QStringView reference, CellRange& range);

// A number as a person reads it in a cell: 120 for 120.0 or 1.2E2; no exponent for ordinary values.
QString numberText(double value);

} // namespace x1
