#include "spreadsheet/xlsx_xml.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace x1::xlsxxml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxReader)
};

} // namespace

namespace {

// Why a cell cannot be read at all (a shared-string index past the end: a damaged file); empty
// when it can.
QString cellError(const RawCell& raw, const QStringList& sharedStrings)
{
    if (raw.type != u"s" || raw.hasFormula)
        return {};
    bool ok = false;
    const int index = raw.value.trimmed().toInt(&ok);
    if (ok && index >= 0 && index < sharedStrings.size())
        return {};
    return Text::tr("共享字符串的编号 %1 超出范围（共 %2 个），文件已损坏").arg(raw.value.trimmed()).arg(sharedStrings.size());
}

} // namespace

QString storeCell(SheetGrid& grid, int row, int column, const RawCell& raw, const QStringList& sharedStrings,
                  const CellFormats& formats, const ReadLimits& limits)
{
    if (const QString error = cellError(raw, sharedStrings); !error.isEmpty())
        return cellAddress(row, column) + u'：' + error;
    GridCell cell = toGridCell(raw, sharedStrings, formats);
    if (cell.text.isEmpty())
        return {};
    grid.set(row, column, std::move(cell));
    if (grid.cellCount() > limits.maxCellsPerSheet)
        return Text::tr("单元格超过 %1 个，拒绝读取").arg(limits.maxCellsPerSheet);
    return {};
}

QString storeMerge(SheetGrid& grid, const QString& reference, const ReadLimits& limits)
{
    CellRange range;
    if (parseCellRange(reference, range))
        grid.merges << range;
    if (grid.merges.size() > limits.maxCellsPerSheet / 10)
        return Text::tr("合并区域超过 %1 个，拒绝读取").arg(limits.maxCellsPerSheet / 10);
    return {};
}

GridCell toGridCell(const RawCell& raw, const QStringList& sharedStrings, const CellFormats& formats)
{
    GridCell cell;
    if (raw.hasFormula && raw.value.isEmpty() && !raw.hasInline) {
        // Written by a program that does not calculate: the formula's text is all there is.
        cell.kind = GridCell::Kind::Formula;
        cell.text = raw.formula.isEmpty() ? QStringLiteral("=") : u'=' + raw.formula;
        return cell;
    }
    if (raw.type == u"s") {
        bool ok = false;
        const int index = raw.value.trimmed().toInt(&ok);
        if (ok && index >= 0 && index < sharedStrings.size())
            cell.text = sharedStrings.at(index);
        return cell;
    }
    if (raw.type == u"inlineStr" || raw.hasInline) {
        cell.text = raw.inlineText;
        return cell;
    }
    if (raw.type == u"str" || raw.type == u"e") {
        cell.text = decodeEscapes(raw.value);
        cell.kind = raw.type == u"e" ? GridCell::Kind::Error : GridCell::Kind::Text;
        return cell;
    }
    if (raw.type == u"b") {
        cell.kind = GridCell::Kind::Boolean;
        cell.text = raw.value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return cell;
    }
    if (raw.type == u"d") { // ISO 8601 date cell (strict OOXML)
        cell.date = QDate::fromString(raw.value.trimmed().left(10), Qt::ISODate);
        cell.kind = cell.date.isValid() ? GridCell::Kind::Date : GridCell::Kind::Text;
        cell.text = cell.date.isValid() ? cell.date.toString(Qt::ISODate) : raw.value;
        return cell;
    }
    bool ok = false;
    const double number = raw.value.trimmed().toDouble(&ok);
    if (!ok) {
        cell.text = raw.value.trimmed();
        return cell;
    }
    if (raw.style >= 0 && raw.style < formats.isDateStyle.size() && formats.isDateStyle.at(raw.style)) {
        cell.date = dateFromSerial(number, formats.date1904);
        if (cell.date.isValid()) {
            cell.kind = GridCell::Kind::Date;
            cell.text = cell.date.toString(Qt::ISODate);
            return cell;
        }
    }
    cell.kind = GridCell::Kind::Number;
    cell.text = numberText(number);
    return cell;
}

QString parseSheet(const QByteArray& xml, const ReadLimits& limits, const QStringList& sharedStrings,
                   const CellFormats& formats, SheetGrid& grid)
{
    GuardedReader reader(xml, limits.maxXmlDepth);
    int row = -1;
    int column = -1;
    while (reader.next()) {
        if (reader.xml().tokenType() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.xml().name();
        if (name == QLatin1StringView("row")) {
            // Rows and cells may come without r: they then follow the previous one.
            const int r = reader.attribute(QLatin1StringView("r")).toInt();
            if (r <= 0 && row == std::numeric_limits<int>::max()) // no row number after it fits an int
                return Text::tr("单元格地址 %1 无效").arg(QStringLiteral("A%1").arg(qint64(row) + 2));
            row = r > 0 ? r - 1 : row + 1;
            column = -1;
        } else if (name == QLatin1StringView("c")) {
            int cellRow = row, cellColumn = column + 1;
            const QString address = reader.attribute(QLatin1StringView("r"));
            if (!address.isEmpty() && !parseCellAddress(address, cellRow, cellColumn))
                return Text::tr("单元格地址 %1 无效").arg(address);
            row = std::max(cellRow, 0);
            column = cellColumn;
            RawCell raw;
            raw.type = reader.attribute(QLatin1StringView("t"));
            raw.style = reader.attribute(QLatin1StringView("s")).toInt();
            while (reader.next() && !reader.isEnd(QLatin1StringView("c"))) {
                if (reader.isStart(QLatin1StringView("v")))
                    raw.value = reader.elementText();
                else if (reader.isStart(QLatin1StringView("f"))) {
                    raw.hasFormula = true;
                    raw.formula = reader.elementText();
                }
                else if (reader.isStart(QLatin1StringView("is"))) {
                    raw.hasInline = true;
                    raw.inlineText = reader.richText();
                }
            }
            if (raw.isEmpty())
                continue; // a styled empty cell: <c r="B1" s="1"/> or <c t="n"></c>
            if (QString error = storeCell(grid, row, column, raw, sharedStrings, formats, limits); !error.isEmpty())
                return error;
        } else if (name == QLatin1StringView("mergeCell")) {
            if (QString error = storeMerge(grid, reader.attribute(QLatin1StringView("ref")), limits); !error.isEmpty())
                return error;
        }
    }
    return reader.error();
}

} // namespace x1::xlsxxml
