#include "support/catch.h"
#include "support/test_files.h"

#include "spreadsheet/xls_reader.h"
#include "spreadsheet/spreadsheet_file.h"
#include "spreadsheet/xlsx_reader.h"
#include "spreadsheet/xlsx_xml.h"
#include "spreadsheet/xml_scanner.h"

using namespace x1;
using namespace x1::test;

namespace {

QByteArray corpusBytes(const char* name)
{
    return readBytes(dataFile(QStringLiteral("forms/") + QString::fromUtf8(name)));
}

} // namespace

TEST_CASE("cell addresses and ranges, with or without $", "[xlsx-reader]")
{
    CHECK(cellAddress(0, 0) == u"A1");
    CHECK(cellAddress(9, 26) == u"AA10");
    CHECK(cellAddress(1048575, 16383) == u"XFD1048576");
    int row = -1, column = -1;
    CHECK(parseCellAddress(u"$AB$12", row, column));
    CHECK(row == 11);
    CHECK(column == 27);
    CHECK_FALSE(parseCellAddress(u"12", row, column));
    CHECK_FALSE(parseCellAddress(u"A0", row, column));
    CHECK_FALSE(parseCellAddress(u"ABCD1", row, column));
    CellRange range;
    CHECK(parseCellRange(u"$C$5:A4", range));
    CHECK((range.firstRow == 3 && range.firstColumn == 0 && range.lastRow == 4 && range.lastColumn == 2));
    CHECK(parseCellRange(u"B2", range));
    CHECK((range.firstRow == 1 && range.lastRow == 1 && range.firstColumn == 1 && range.lastColumn == 1));
}

TEST_CASE("numbers read as a person reads them; Excel escapes and serial dates decoded", "[xlsx-reader]")
{
    CHECK(numberText(120.0) == u"120");
    CHECK(numberText(QStringLiteral("1.2E2").toDouble()) == u"120");
    CHECK(numberText(0.5) == u"0.5");
    CHECK(numberText(-3) == u"-3");
    CHECK(xlsxxml::decodeEscapes(QStringLiteral("a_x000D_b_x005F_x0041_c_xZZ_")) == QStringLiteral("a\rb_x0041_c_xZZ_"));
    CHECK(xlsxxml::dateFromSerial(43577) == QDate(2019, 4, 22));
    CHECK(xlsxxml::dateFromSerial(59) == QDate(1900, 2, 28));
    CHECK(xlsxxml::dateFromSerial(61) == QDate(1900, 3, 1));
    CHECK_FALSE(xlsxxml::dateFromSerial(0).isValid());
    CHECK(xlsxxml::dateFromSerial(42115, true) == QDate(2019, 4, 22)); // the 1904 system of old Mac Excel
}

TEST_CASE("an Excel-written workbook: shared strings, rich runs without phonetics, styles, merges", "[xlsx-reader]")
{
    Result<SpreadsheetBook> book = readXlsx(corpusBytes("32_excel_shared_strings_rich_text.xlsx"), QStringLiteral("x.xlsx"));
    REQUIRE(book.ok());
    REQUIRE(book->sheets.size() == 2);
    const SheetGrid& form = book->sheets[0]; // workbook order, not the part's name (sheet2.xml)
    CHECK(form.name == u"申报表");
    CHECK(book->sheets[1].cellCount() == 0);
    CHECK(form.text(3, 1) == QStringLiteral("蓬溪县职业中学"));
    CHECK(form.text(1, 0) == QStringLiteral("报送单位：（盖章） 遂宁市教育局"));
    CHECK(form.text(2, 3) == QStringLiteral("参与试点证书\r\n及等级")); // a cell without r follows the previous one
    CHECK(form.text(2, 7) == QStringLiteral("备注"));
    CHECK(form.at(3, 6)->kind == GridCell::Kind::Number);
    CHECK(form.text(3, 6) == u"120"); // 1.2E2
    CHECK(form.text(4, 6) == u"60");  // 60.0
    CHECK(form.at(3, 7) == nullptr);  // <c r="H4" s="1"/>
    CHECK(form.at(4, 7) == nullptr);  // <c r="H5" t="n"></c>
    REQUIRE(form.at(7, 1) != nullptr);
    CHECK(form.at(7, 1)->kind == GridCell::Kind::Date);
    CHECK(form.at(7, 1)->date == QDate(2019, 4, 22));
    CHECK(form.lastRow() == 7); // whatever <dimension> says
    REQUIRE(form.merges.size() == 6);
    CHECK((form.merges[0].firstRow == 0 && form.merges[0].lastColumn == 7)); // $A$1:$H$1
    REQUIRE(form.mergeAt(4, 0) != nullptr);
    CHECK(form.mergeAt(4, 0)->firstRow == 3);
    CHECK(book->modified == QDateTime(QDate(2019, 4, 20), QTime(10, 0), Qt::UTC));
}

TEST_CASE("a legacy .xls reads through FreeXL; its merged cells read blank below the first row", "[xlsx-reader]")
{
    Result<SpreadsheetBook> book = readXls(corpusBytes("27_xls_merged_school_cells.xls"), QStringLiteral("x.xls"));
    REQUIRE(book.ok());
    REQUIRE(book->sheets.size() == 1);
    const SheetGrid& sheet = book->sheets[0];
    CHECK(sheet.name == u"申报表");
    CHECK(sheet.text(3, 1) == QStringLiteral("四川建筑职业技术学院"));
    CHECK(sheet.text(4, 1).isEmpty());
    CHECK(sheet.text(3, 6) == u"120");
    CHECK(sheet.at(3, 6)->kind == GridCell::Kind::Number);
    CHECK_FALSE(book->modified.isValid()); // no document properties: the caller uses the file's time
    CHECK(readXls(corpusBytes("01_merged_school_cells.xlsx"), QStringLiteral("a.xls")).message().contains(u"不是 .xls"));
}

TEST_CASE("the limits refuse an archive with a message instead of reading it", "[xlsx-reader]")
{
    const QByteArray bytes = corpusBytes("01_merged_school_cells.xlsx");
    ReadLimits fewEntries;
    fewEntries.maxEntries = 3;
    CHECK(readXlsx(bytes, QStringLiteral("a.xlsx"), fewEntries).message().contains(QStringLiteral("超过上限 3")));
    ReadLimits smallEntries;
    smallEntries.maxEntryBytes = 1024;
    CHECK(readXlsx(bytes, QStringLiteral("a.xlsx"), smallEntries).message().contains(QStringLiteral("解压后超过")));
    ReadLimits smallTotal;
    smallTotal.maxTotalBytes = 4096;
    CHECK(readXlsx(bytes, QStringLiteral("a.xlsx"), smallTotal).message().contains(QStringLiteral("解压后超过")));
    ReadLimits fewCells;
    fewCells.maxCellsPerSheet = 10;
    CHECK(readXlsx(bytes, QStringLiteral("a.xlsx"), fewCells).message().contains(QStringLiteral("单元格超过 10 个")));
    ReadLimits shallow;
    shallow.maxXmlDepth = 2;
    CHECK(readXlsx(bytes, QStringLiteral("a.xlsx"), shallow).message().contains(QStringLiteral("嵌套超过 2 层")));
    ReadLimits smallFile;
    smallFile.maxFileBytes = 100;
    CHECK(readSpreadsheetFile(dataFile(QStringLiteral("forms/01_merged_school_cells.xlsx")), smallFile)
              .message()
              .contains(QStringLiteral("文件大于")));
    CHECK(readXlsx(QByteArrayLiteral("PK\x03\x04 broken"), QStringLiteral("b.xlsx")).message().contains(u"b.xlsx：不是 Excel 文件"));
}

TEST_CASE("the reader is chosen by content: an .xls named .xlsx still reads", "[xlsx-reader]")
{
    Result<SpreadsheetBook> book = readSpreadsheetFile(dataFile(QStringLiteral("forms/31_xls_saved_with_xlsx_extension.xlsx")));
    REQUIRE(book.ok());
    CHECK(book->sheets[0].text(3, 1) == QStringLiteral("四川建筑职业技术学院"));
    CHECK(book->modified.isValid()); // the file's modification time
}

TEST_CASE("the XML scanner decodes entities, drops prefixes and refuses DTDs", "[xlsx-reader]")
{
    CHECK(XmlScanner::decode("a&amp;b&lt;&#22235;&#x5DDD;&#x1F600;中&quot;&bogus;&#xZZ;") ==
          QStringLiteral("a&b<四川\U0001F600中\"&bogus;&#xZZ;"));
    XmlScanner scanner(QByteArrayLiteral("<?xml version=\"1.0\"?><x:c r='B2' t=\"s\"><!-- note --><v>3</v><e/></x:c>"), 8);
    REQUIRE(scanner.next() == XmlScanner::Token::StartElement);
    CHECK(scanner.name() == "c");
    CHECK(scanner.attribute("r") == u"B2");
    CHECK(scanner.attribute("t") == u"s");
    REQUIRE(scanner.next() == XmlScanner::Token::StartElement);
    REQUIRE(scanner.next() == XmlScanner::Token::Text);
    CHECK(scanner.text() == u"3");
    CHECK(scanner.next() == XmlScanner::Token::EndElement);
    CHECK(scanner.next() == XmlScanner::Token::StartElement); // <e/>
    CHECK(scanner.next() == XmlScanner::Token::EndElement);
    CHECK(scanner.next() == XmlScanner::Token::EndElement);
    CHECK(scanner.next() == XmlScanner::Token::End);
    XmlScanner dtd(QByteArrayLiteral("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>"), 8);
    CHECK(dtd.next() == XmlScanner::Token::Error);
    CHECK(dtd.error().contains(u"DTD"));
    CHECK_FALSE(XmlScanner::isPlainUtf8(QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"GB2312\"?><a/>")));
    CHECK(XmlScanner::isPlainUtf8(QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>")));
}
