// libFuzzer target: the XML inside an .xlsx, without the zip around it (a mutated zip rarely
// inflates to new XML). The input is read as each part in turn — shared strings, styles,
// workbook, relationships, document properties, a sheet — by the fast scanner (XmlScanner) and by
// the QXmlStreamReader path the reader takes for parts not in UTF-8; the sheet it gives is then
// handed to the hand-filled form recogniser, so that the form reader meets arbitrary grids.

#include "fuzz_common.h"

#include "catalog/catalog.h"
#include "handfilled/form_reader.h"
#include "spreadsheet/xlsx_xml.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    x1fuzz::quietQt();
    (void)x1::Catalog::builtIn();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    namespace xml = x1::xlsxxml;
    const QByteArray input = x1fuzz::bytes(data, size);
    const x1::ReadLimits limits;
    x1::SpreadsheetBook book;
    for (const bool fast : {true, false}) {
        QStringList strings;
        xml::CellFormats formats;
        QList<xml::SheetEntry> sheets;
        QHash<QString, xml::Relationship> relations;
        QDateTime modified;
        x1::SheetGrid grid;
        if (fast) {
            (void)xml::scanSharedStrings(input, limits, strings);
            (void)xml::scanDateStyles(input, limits, formats.isDateStyle);
            (void)xml::scanWorkbook(input, limits, sheets, formats.date1904);
            (void)xml::scanRelationships(input, limits, relations);
            (void)xml::scanModified(input, limits, modified);
            if (xml::scanSheet(input, limits, strings, formats, grid).isEmpty())
                book.sheets << grid;
        } else {
            (void)xml::parseSharedStrings(input, limits, strings);
            (void)xml::parseDateStyles(input, limits, formats.isDateStyle);
            (void)xml::parseWorkbook(input, limits, sheets, formats.date1904);
            (void)xml::parseRelationships(input, limits, relations);
            (void)xml::parseModified(input, limits, modified);
            if (xml::parseSheet(input, limits, strings, formats, grid).isEmpty())
                book.sheets << grid;
        }
    }
    if (!book.sheets.isEmpty())
        (void)x1::recogniseForm(book, QStringLiteral("fuzz.xlsx"), x1::Catalog::builtIn());
    return 0;
}
