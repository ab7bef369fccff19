#include "spreadsheet/sheet_grid.h"

#include <algorithm>
#include <cmath>

namespace x1 {

void SheetGrid::set(int row, int column, GridCell cell)
{
    m_cells.insert(key(row, column), std::move(cell));
    m_lastRow = std::max(m_lastRow, row);
    m_lastColumn = std::max(m_lastColumn, column);
    auto inRow = m_lastColumnByRow.find(row);
    if (inRow == m_lastColumnByRow.end())
        m_lastColumnByRow.insert(row, column);
    else
        *inRow = std::max(*inRow, column);
}

const GridCell* SheetGrid::at(int row, int column) const
{
    const auto it = m_cells.constFind(key(row, column));
    return it == m_cells.cend() ? nullptr : &*it;
}

QString SheetGrid::text(int row, int column) const
{
    const GridCell* cell = at(row, column);
    return cell ? cell->text : QString();
}

const CellRange* SheetGrid::mergeAt(int row, int column) const
{
    for (const CellRange& range : merges)
        if (range.contains(row, column))
            return &range;
    return nullptr;
}

QString cellAddress(int row, int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters + QString::number(row + 1);
}

bool parseCellAddress(QStringView address, int& row, int& column)
{
    qsizetype i = 0;
    if (i < address.size() && address[i] == u'$')
        ++i;
    int col = 0, letters = 0;
    for (; i < address.size() && address[i].isLetter(); ++i, ++letters) {
        const char16_t c = address[i].toUpper().unicode();
        if (c < u'A' || c > u'Z' || letters >= 3)
            return false;
        col = col * 26 + (c - u'A' + 1);
    }
    if (i < address.size() && address[i] == u'$')
        ++i;
    qint64 r = 0;
    int digits = 0;
    for (; i < address.size() && address[i].isDigit(); ++i, ++digits)
        if (digits < 8) // more are refused below: stop before r overflows
            r = r * 10 + address[i].digitValue();
    if (letters == 0 || digits == 0 || digits > 7 || i != address.size() || r < 1)
        return false;
    row = int(r - 1);
    column = col - 1;
    return true;
}

bool parseCellRange(QStringView reference, CellRange& range)
{
    const qsizetype colon = reference.indexOf(u':');
    const QStringView first = colon < 0 ? reference : reference.left(colon);
    const QStringView last = colon < 0 ? reference : reference.mid(colon + 1);
    if (!parseCellAddress(first, range.firstRow, range.firstColumn)
        || !parseCellAddress(last, range.lastRow, range.lastColumn))
        return false;
    if (range.firstRow > range.lastRow)
        std::swap(range.firstRow, range.lastRow);
    if (range.firstColumn > range.lastColumn)
        std::swap(range.firstColumn, range.lastColumn);
    return true;
}

QString numberText(double value)
{
    if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace x1
