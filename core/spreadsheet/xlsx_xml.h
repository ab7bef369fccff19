#pragma once

#include "spreadsheet/read_limits.h"
#include "spreadsheet/sheet_grid.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace x1::xlsxxml {

// Steps through an XML part, refusing a DTD (no entity tricks) and nesting deeper than the limit.
class GuardedReader {
public:
    GuardedReader(const QByteArray& xml, int maxDepth) : m_reader(xml), m_maxDepth(maxDepth) {}
    // The next token; false at the end or on an error (see error()).
    bool next();
    QXmlStreamReader& xml() { return m_reader; }
    bool isStart(QLatin1StringView name) const
    {
        return m_reader.tokenType() == QXmlStreamReader::StartElement && m_reader.name() == name;
    }
    bool isEnd(QLatin1StringView name) const
    {
        return m_reader.tokenType() == QXmlStreamReader::EndElement && m_reader.name() == name;
    }
    QString attribute(QLatin1StringView name) const { return m_reader.attributes().value(name).toString(); }
    // The concatenated text of the current element and its children, with `_xHHHH_` decoded
    // and phonetic runs (<rPh>) left out; leaves the reader on its end tag.
    QString richText();
    // The plain text of the current element (no children expected); leaves it on its end tag.
    QString elementText()
    {
        QString text = m_reader.readElementText();
        --m_depth;
        return text;
    }
    QString error() const; // empty when the part was read whole

private:
    QXmlStreamReader m_reader;
    int m_maxDepth;
    int m_depth = 0;
    QString m_error;
};

// How numbers become dates: per cell style, does its number format show a date; and whether the
// workbook counts days from 1904 (old Mac Excel) instead of 1900.
struct CellFormats {
    QList<bool> isDateStyle;
    bool date1904 = false;
};

struct SheetEntry {
    QString name, relationId;
};
struct Relationship {
    QString target, type;
};

// Each returns an error text (empty on success) so that the caller names the file and part.
QString parseWorkbook(const QByteArray& xml, const ReadLimits& limits, QList<SheetEntry>& sheets, bool& date1904);
QString parseRelationships(const QByteArray& xml, const ReadLimits& limits, QHash<QString, Relationship>& byId);
QString parseSharedStrings(const QByteArray& xml, const ReadLimits& limits, QStringList& strings);
// For each cell style index: does its number format show a date?
QString parseDateStyles(const QByteArray& xml, const ReadLimits& limits, QList<bool>& isDateStyle);
QString parseModified(const QByteArray& xml, const ReadLimits& limits, QDateTime& modified);
QString parseSheet(const QByteArray& xml, const ReadLimits& limits, const QStringList& sharedStrings,
                   const CellFormats& formats, SheetGrid& grid);

// What one <c> element holds before it is turned into a GridCell.
struct RawCell {
    QString type;   // t attribute: s, inlineStr, str, n, b, e, d
    int style = 0;
    QString value;  // <v>
    QString inlineText;
    bool hasInline = false;
    bool hasFormula = false; // <f>: the value is the formula's cached result, when there is one
    QString formula;         // the formula's text (empty for a cell of a shared formula)

    // A cell that holds something: a value, inline text, or a formula without a cached result.
    bool isEmpty() const { return value.isEmpty() && !hasInline && !hasFormula; }
};
GridCell toGridCell(const RawCell& raw, const QStringList& sharedStrings, const CellFormats& formats);
// Puts a cell or a merged range read from a sheet into the grid (both parsers do); returns why the
// file must be refused (a damaged cell, more cells or ranges than the limits), empty when fine.
QString storeCell(SheetGrid& grid, int row, int column, const RawCell& raw, const QStringList& sharedStrings,
                  const CellFormats& formats, const ReadLimits& limits);
QString storeMerge(SheetGrid& grid, const QString& reference, const ReadLimits& limits);

// The same as parseSheet and parseDateStyles, on XmlScanner: for UTF-8 parts (nearly all).
QString scanSheet(const QByteArray& xml, const ReadLimits& limits, const QStringList& sharedStrings,
                  const CellFormats& formats, SheetGrid& grid);
QString scanDateStyles(const QByteArray& xml, const ReadLimits& limits, QList<bool>& isDateStyle);
QString scanWorkbook(const QByteArray& xml, const ReadLimits& limits, QList<SheetEntry>& sheets, bool& date1904);
QString scanRelationships(const QByteArray& xml, const ReadLimits& limits, QHash<QString, Relationship>& byId);
QString scanSharedStrings(const QByteArray& xml, const ReadLimits& limits, QStringList& strings);
QString scanModified(const QByteArray& xml, const ReadLimits& limits, QDateTime& modified);
bool isBuiltInDateFormat(int numFmtId);
bool isDateFormatCode(const QString& formatCode);

// Decodes Excel's `_xHHHH_` escapes (`_x000D_`, `_x005F_` …).
QString decodeEscapes(const QString& text);
// The date of an Excel serial day number (1900 system, or 1904), invalid when out of range.
QDate dateFromSerial(double serial, bool date1904 = false);

} // namespace x1::xlsxxml
