// The inputs with which the libFuzzer targets (fuzz/) once found a bug, each replayed through the
// code that failed, with the exact result it has now. The inputs themselves are kept under
// fuzz/corpus/<target>/, where they are also seeds of the next fuzzing run.

#include "support/catch.h"
#include "support/test_files.h"

#include "spreadsheet/sheet_grid.h"
#include "spreadsheet/xls_reader.h"
#include "spreadsheet/xlsx_xml.h"

using namespace x1;
using namespace x1::test;

namespace {

QByteArray fuzzInput(const char* targetAndName)
{
    const QByteArray bytes =
        readBytes(QStringLiteral(X1_SOURCE_DIR "/fuzz/corpus/") + QString::fromUtf8(targetAndName));
    REQUIRE(!bytes.isEmpty());
    return bytes;
}

} // namespace

TEST_CASE("fuzz xlsx_xml: a cell address with more row digits than a 64-bit integer holds is refused",
          "[fuzz-regression]")
{
    // parseCellAddress multiplied the row by 10 for every digit before it counted them: 70 digits
    // overflowed a qint64 (undefined behaviour) before the "more than 7 digits" check refused it.
    int row = -1, column = -1;
    CHECK_FALSE(parseCellAddress(QString(QStringLiteral("A") + QString(70, u'7')), row, column));
    CHECK_FALSE(parseCellAddress(QString(QStringLiteral("$B$") + QString(20, u'9')), row, column));
    CHECK_FALSE(parseCellAddress(u"A12345678", row, column)); // 8 digits
    CHECK((row == -1 && column == -1));
    CHECK(parseCellAddress(u"XFD1048576", row, column));
    CHECK((row == 1048575 && column == 16383));

    const QByteArray xml = fuzzInput("xlsx_xml/ubsan-cell-address-overflow");
    SheetGrid grid;
    CHECK(xlsxxml::scanSheet(xml, {}, {}, {}, grid)
          == QStringLiteral("单元格地址 A%1 无效").arg(QString(QString(66, u'7') + u'9')));
}

TEST_CASE("fuzz xlsx_xml: rows without a number after the row numbered 2,147,483,647 are refused, without overflow",
          "[fuzz-regression]")
{
    // A <row> without r follows the previous row: after r="2147483647" and one more, the next row
    // index overflowed an int (undefined behaviour). Found while fixing the case above, confirmed
    // with fuzz_xlsx_xml; both XML paths (the fast scanner and QXmlStreamReader) had it.
    const QByteArray xml = fuzzInput("xlsx_xml/ubsan-row-after-the-last-int-row");
    const QString expected = QStringLiteral("单元格地址 A2147483649 无效");
    SheetGrid fast, streamed;
    CHECK(xlsxxml::scanSheet(xml, {}, {}, {}, fast) == expected);
    CHECK(xlsxxml::parseSheet(xml, {}, {}, {}, streamed) == expected);
    CHECK(fast.cellCount() == 0);

    // One row fewer still reads: the cell lands in the last row an int can number.
    const QByteArray fits = "<worksheet><sheetData><row r=\"2147483646\"/><row/>"
                            "<c t=\"inlineStr\"><is><t>x</t></is></c></sheetData></worksheet>";
    SheetGrid grid;
    CHECK(xlsxxml::scanSheet(fits, {}, {}, {}, grid).isEmpty());
    REQUIRE(grid.cellCount() == 1);
    REQUIRE(grid.at(2147483646, 0) != nullptr);
    CHECK(grid.at(2147483646, 0)->text == u"x");
}

TEST_CASE("fuzz xls: a DIMENSION record on which FreeXL would crash refuses the file with a message",
          "[fuzz-regression]")
{
    // FreeXL 1.0.6 sizes a sheet's cells as 16 x rows x columns in 32 bits: a DIMENSION record with
    // huge counts wrapped it and FreeXL wrote past the block (x1apply-cli import died with SIGSEGV,
    // or with glibc's "munmap_chunk(): invalid pointer" for the minimal file: corpus form 30 with
    // a RIGHTMARGIN record turned into an 8-byte DIMENSION). readXls now walks the Workbook stream
    // first and refuses such a record before FreeXL sees the file.
    for (const char* input : {"xls/segv-freexl-open", "xls/segv-freexl-open-minimal"}) {
        INFO(input);
        Result<SpreadsheetBook> book = readXls(fuzzInput(input), QStringLiteral("坏.xls"));
        REQUIRE_FALSE(book);
        CHECK(book.error().message == u"坏.xls：不是可读的 .xls 文件（已损坏、加密或格式过旧）");
    }

    // The corpus's .xls forms, whose DIMENSION records are sound, still read through the check.
    for (const char* form : {"27_xls_merged_school_cells.xls", "28_xls_repeated_full_width.xls",
                             "29_xls_two_cell_unit_second_sheet.xls",
                             "30_xls_first_row_only_with_unknown_certificate.xls"}) {
        INFO(form);
        Result<SpreadsheetBook> book =
            readXls(readBytes(dataFile(QStringLiteral("forms/") + QString::fromUtf8(form))), QString::fromUtf8(form));
        CHECK(book);
    }
}

TEST_CASE("fuzz xls: a compound file that lists one FAT sector millions of times stays within its own size",
          "[fuzz-regression]")
{
    // The DIMENSION check's first version read every FAT sector the DIFAT listed, repeats included:
    // a 5,632-byte file asked for a 2 GiB table (fuzz_xls, out of memory). Each sector is now read
    // once, the DIFAT chain and every stream stop at the file's own size.
    Result<SpreadsheetBook> book = readXls(fuzzInput("xls/oom-compound-file-fat-repeated"), QStringLiteral("坏.xls"));
    REQUIRE_FALSE(book);
    CHECK(book.error().message == u"坏.xls：不是可读的 .xls 文件（已损坏、加密或格式过旧）");
}
