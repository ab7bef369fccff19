#include "spreadsheet/xlsx_xml.h"
#include "spreadsheet/xml_scanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace x1::xlsxxml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxReader)
};

using Token = XmlScanner::Token;

// The text of <t> elements inside the current element, phonetic runs (<rPh>) left out; stops on
// the element's end tag.
QString scanRichText(XmlScanner& scanner)
{
    QString text;
    const int depth = scanner.depth();
    int phoneticDepth = 0;
    bool inText = false;
    for (Token token = scanner.next(); token != Token::End && token != Token::Error; token = scanner.next()) {
        if (token == Token::EndElement) {
            if (scanner.depth() < depth)
                break;
            inText = false;
            if (phoneticDepth && scanner.depth() < phoneticDepth)
                phoneticDepth = 0;
        } else if (token == Token::StartElement) {
            if (scanner.name() == "rPh")
                phoneticDepth = scanner.depth();
            inText = scanner.name() == "t";
        } else if (inText && !phoneticDepth) {
            text += scanner.text();
        }
    }
    return decodeEscapes(text);
}

} // namespace

QString scanSheet(const QByteArray& xml, const ReadLimits& limits, const QStringList& sharedStrings,
                  const CellFormats& formats, SheetGrid& grid)
{
    XmlScanner scanner(xml, limits.maxXmlDepth);
    int row = -1;
    int column = -1;
    for (Token token = scanner.next(); token != Token::End; token = scanner.next()) {
        if (token == Token::Error)
            return scanner.error();
        if (token != Token::StartElement)
            continue;
        const QByteArrayView name = scanner.name();
        if (name == "row") {
            const int r = scanner.rawAttribute("r").toInt();
            if (r <= 0 && row == std::numeric_limits<int>::max()) // no row number after it fits an int
                return Text::tr("单元格地址 %1 无效").arg(QStringLiteral("A%1").arg(qint64(row) + 2));
            row = r > 0 ? r - 1 : row + 1;
            column = -1;
        } else if (name == "c") {
            int cellRow = row, cellColumn = column + 1;
            const QByteArrayView address = scanner.rawAttribute("r");
            if (!address.isEmpty() && !parseCellAddress(QString::fromLatin1(address), cellRow, cellColumn))
                return Text::tr("单元格地址 %1 无效").arg(QString::fromUtf8(address));
            row = std::max(cellRow, 0);
            column = cellColumn;
            RawCell raw;
            raw.type = QString::fromLatin1(scanner.rawAttribute("t"));
            raw.style = scanner.rawAttribute("s").toInt();
            const int depth = scanner.depth();
            for (token = scanner.next(); token != Token::End && token != Token::Error; token = scanner.next()) {
                if (token == Token::EndElement && scanner.depth() < depth)
                    break;
                if (token != Token::StartElement)
                    continue;
                if (scanner.name() == "v") {
                    if (scanner.next() == Token::Text)
                        raw.value = scanner.text();
                } else if (scanner.name() == "f") {
                    raw.hasFormula = true;
                    if (scanner.next() == Token::Text)
                        raw.formula = scanner.text();
                } else if (scanner.name() == "is") {
                    raw.hasInline = true;
                    raw.inlineText = scanRichText(scanner);
                }
            }
            if (token == Token::Error)
                return scanner.error();
            if (raw.isEmpty())
                continue;
            if (QString error = storeCell(grid, row, column, raw, sharedStrings, formats, limits); !error.isEmpty())
                return error;
        } else if (name == "mergeCell") {
            if (QString error = storeMerge(grid, QString::fromLatin1(scanner.rawAttribute("ref")), limits); !error.isEmpty())
                return error;
        }
    }
    return {};
}

static QString scanDateStylesIn(const QByteArray& xml, const ReadLimits& limits, QList<bool>& isDateStyle);

QString scanDateStyles(const QByteArray& xml, const ReadLimits& limits, QList<bool>& isDateStyle)
{
    // Fonts, fills and borders make most of the part: scan only the two sections that matter.
    const qsizetype formatsAt = xml.indexOf("<numFmts");
    const qsizetype formatsEnd = xml.indexOf("</numFmts>");
    const qsizetype xfsAt = xml.indexOf("<cellXfs");
    const qsizetype xfsEnd = xml.indexOf("</cellXfs>");
    if (xfsAt > 0 && xfsEnd > xfsAt && (formatsAt < 0 || formatsEnd > formatsAt)) {
        QByteArray sections;
        if (formatsAt >= 0)
            sections = xml.mid(formatsAt, formatsEnd + 10 - formatsAt);
        sections += xml.mid(xfsAt, xfsEnd + 10 - xfsAt);
        return scanDateStylesIn(sections, limits, isDateStyle);
    }
    return scanDateStylesIn(xml, limits, isDateStyle);
}

static QString scanDateStylesIn(const QByteArray& xml, const ReadLimits& limits, QList<bool>& isDateStyle)
{
    XmlScanner scanner(xml, limits.maxXmlDepth);
    QHash<int, bool> customIsDate;
    bool inCellXfs = false;
    for (Token token = scanner.next(); token != Token::End; token = scanner.next()) {
        if (token == Token::Error)
            return scanner.error();
        if (token == Token::EndElement && scanner.name() == "cellXfs")
            inCellXfs = false;
        if (token != Token::StartElement)
            continue;
        if (scanner.name() == "numFmt")
            customIsDate.insert(scanner.rawAttribute("numFmtId").toInt(),
                                isDateFormatCode(scanner.attribute("formatCode")));
        else if (scanner.name() == "cellXfs")
            inCellXfs = true;
        else if (inCellXfs && scanner.name() == "xf") {
            const int id = scanner.rawAttribute("numFmtId").toInt();
            isDateStyle << customIsDate.value(id, isBuiltInDateFormat(id));
        }
    }
    return {};
}

} // namespace x1::xlsxxml

namespace x1::xlsxxml {

// The small parts (workbook, relationships, document properties) on XmlScanner as well.
QString scanWorkbook(const QByteArray& xml, const ReadLimits& limits, QList<SheetEntry>& sheets, bool& date1904)
{
    XmlScanner scanner(xml, limits.maxXmlDepth);
    for (XmlScanner::Token token = scanner.next(); token != XmlScanner::Token::End; token = scanner.next()) {
        if (token == XmlScanner::Token::Error)
            return scanner.error();
        if (token == XmlScanner::Token::StartElement && scanner.name() == "workbookPr")
            date1904 = scanner.rawAttribute("date1904") == "1" || scanner.rawAttribute("date1904") == "true";
        if (token != XmlScanner::Token::StartElement || scanner.name() != "sheet")
            continue;
        sheets << SheetEntry{scanner.attribute("name"), scanner.attribute("id")};
        if (sheets.size() > limits.maxSheets)
            return Text::tr("工作表超过 %1 个，拒绝读取").arg(limits.maxSheets);
    }
    return {};
}

QString scanRelationships(const QByteArray& xml, const ReadLimits& limits, QHash<QString, Relationship>& byId)
{
    XmlScanner scanner(xml, limits.maxXmlDepth);
    for (XmlScanner::Token token = scanner.next(); token != XmlScanner::Token::End; token = scanner.next()) {
        if (token == XmlScanner::Token::Error)
            return scanner.error();
        if (token == XmlScanner::Token::StartElement && scanner.name() == "Relationship")
            byId.insert(scanner.attribute("Id"), {scanner.attribute("Target"), scanner.attribute("Type")});
    }
    return {};
}

QString scanSharedStrings(const QByteArray& xml, const ReadLimits& limits, QStringList& strings)
{
    XmlScanner scanner(xml, limits.maxXmlDepth);
    for (XmlScanner::Token token = scanner.next(); token != XmlScanner::Token::End; token = scanner.next()) {
        if (token == XmlScanner::Token::Error)
            return scanner.error();
        if (token != XmlScanner::Token::StartElement || scanner.name() != "si")
            continue;
        strings << scanRichText(scanner);
        if (!scanner.error().isEmpty())
            return scanner.error();
        if (strings.size() > limits.maxSharedStrings)
            return Text::tr("共享字符串超过 %1 个，拒绝读取").arg(limits.maxSharedStrings);
    }
    return {};
}

QString scanModified(const QByteArray& xml, const ReadLimits& limits, QDateTime& modified)
{
    XmlScanner scanner(xml, limits.maxXmlDepth);
    for (XmlScanner::Token token = scanner.next(); token != XmlScanner::Token::End; token = scanner.next()) {
        if (token == XmlScanner::Token::Error)
            return scanner.error();
        if (token == XmlScanner::Token::StartElement && scanner.name() == "modified"
            && scanner.next() == XmlScanner::Token::Text)
            modified = QDateTime::fromString(scanner.text().trimmed(), Qt::ISODate);
    }
    return {};
}

} // namespace x1::xlsxxml
