#include "xlsx/xlsx_writer_pagination.h"
#include "xlsx/xlsx_writer_sheets.h"
#include "xlsx/xlsx_writer_text_metrics.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <vector>

namespace x1::xlsx {

namespace {

constexpr int columnCount = 8;
constexpr int lastColumn = columnCount - 1;
// Excel column widths chosen so that the eight columns fill an A4 landscape page at 100 %.
constexpr std::array<double, columnCount> columnWidths = {6, 26, 12, 24, 10, 34, 10, 16};
constexpr std::array<bool, columnCount> leftAligned = {false, false, false, false, false, true, false, true};
static_assert(!leftAligned[0] && !leftAligned[1] && !leftAligned[2], "the school cells are centred");
constexpr double tableFontSize = 11;
constexpr double titleFontSize = 18;
constexpr double headingFontSize = 12; // 附件, 报送单位 and 联系人 lines
constexpr double noteFontSize = 10.5;

struct Formats {
    lxw_format* attachment;
    lxw_format* title;
    lxw_format* headingLine;
    lxw_format* columnHeader;
    lxw_format* cellCentred;
    lxw_format* cellLeft;
    lxw_format* schoolTallerThanPage; // centred at the top, so the name shows on the first page
    lxw_format* note;
    lxw_format* date;
};

lxw_format* textFormat(XlsxBook& book, const char* font, double size, uint8_t align)
{
    lxw_format* format = book.addFormat();
    format_set_font_name(format, font);
    format_set_font_size(format, size);
    format_set_align(format, align);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(format);
    return format;
}

lxw_format* bordered(lxw_format* format)
{
    format_set_border(format, LXW_BORDER_THIN);
    return format;
}

Formats makeFormats(XlsxBook& book)
{
    Formats f{};
    f.attachment = textFormat(book, titleFont, headingFontSize, LXW_ALIGN_LEFT);
    f.title = textFormat(book, titleFont, titleFontSize, LXW_ALIGN_CENTER);
    f.headingLine = textFormat(book, tableFont, headingFontSize, LXW_ALIGN_LEFT);
    f.columnHeader = bordered(textFormat(book, tableFont, tableFontSize, LXW_ALIGN_CENTER));
    format_set_bold(f.columnHeader);
    f.cellCentred = bordered(textFormat(book, tableFont, tableFontSize, LXW_ALIGN_CENTER));
    f.cellLeft = bordered(textFormat(book, tableFont, tableFontSize, LXW_ALIGN_LEFT));
    f.schoolTallerThanPage = bordered(textFormat(book, tableFont, tableFontSize, LXW_ALIGN_CENTER));
    format_set_align(f.schoolTallerThanPage, LXW_ALIGN_VERTICAL_TOP);
    f.note = textFormat(book, tableFont, noteFontSize, LXW_ALIGN_LEFT);
    f.date = textFormat(book, tableFont, headingFontSize, LXW_ALIGN_RIGHT);
    return f;
}

double widthOfColumns(int first, int last)
{
    double width = 0;
    for (int c = first; c <= last; ++c)
        width += columnWidths[c];
    return width;
}

// Each printed row's height: its own cells, then the merged school cells spread over the
// school's rows when they need more than those rows give.
QList<double> dataRowHeights(const PrintedForm& form)
{
    QList<double> heights(form.rows.size(), 0.0);
    for (int i = 0; i < form.rows.size(); ++i) {
        const PrintedRow& row = form.rows.at(i);
        const bool schoolCellsAlone = row.firstOfSchool && row.schoolRowSpan == 1;
        for (int c = schoolCellsAlone ? 0 : 3; c < columnCount; ++c)
            heights[i] = std::max(heights[i], cellHeight(row.cells[c], columnWidths[c], tableFontSize));
    }
    for (int i = 0; i < form.rows.size(); ++i) {
        const PrintedRow& row = form.rows.at(i);
        if (!row.firstOfSchool || row.schoolRowSpan < 2)
            continue;
        double needed = 0;
        for (int c = 0; c < 3; ++c)
            needed = std::max(needed, cellHeight(row.cells[c], columnWidths[c], tableFontSize));
        const int span = std::min<int>(row.schoolRowSpan, int(form.rows.size()) - i);
        double given = 0;
        for (int r = i; r < i + span; ++r)
            given += heights[r];
        if (needed <= given)
            continue;
        const double extra = std::ceil((needed - given) / span * 4.0) / 4.0;
        for (int r = i; r < i + span; ++r)
            heights[r] += extra;
    }
    return heights;
}

// Rows heights are kept as they are set, for the page breaks.
struct SheetRows {
    Sheet& sheet;
    QList<double> heights;
    QList<QPair<int, int>> schools;

    void setHeight(int row, double points)
    {
        heights.resize(std::max<qsizetype>(heights.size(), row + 1));
        heights[row] = points;
        sheet.setRowHeight(row, points);
    }
};

int writeTableRows(SheetRows& rows, const Formats& formats, const PrintedForm& form, int firstRow, double pageBudget)
{
    Sheet& sheet = rows.sheet;
    const QList<double> heights = dataRowHeights(form);
    int schoolFirstRow = firstRow, schoolLastRow = firstRow;
    lxw_format* schoolFormat = formats.cellCentred;
    for (int i = 0; i < form.rows.size(); ++i) {
        const PrintedRow& row = form.rows.at(i);
        const int sheetRow = firstRow + i;
        rows.setHeight(sheetRow, heights[i]);
        if (row.firstOfSchool) {
            const int span = std::clamp<int>(row.schoolRowSpan, 1, int(form.rows.size()) - i);
            schoolFirstRow = sheetRow;
            schoolLastRow = sheetRow + span - 1;
            rows.schools.append({schoolFirstRow, schoolLastRow});
            double schoolHeight = 0;
            for (int r = i; r < i + span; ++r)
                schoolHeight += heights[r];
            // A school taller than a page is cut by a page break: its name must not be centred
            // onto the break.
            schoolFormat = schoolHeight > pageBudget ? formats.schoolTallerThanPage : formats.cellCentred;
        }
        // The school's cells: its text on its first row, formatted blanks below (merged later).
        for (int c = 0; c < 3; ++c)
            sheet.write(sheetRow, c, row.firstOfSchool ? row.cells[c] : QString(), schoolFormat);
        for (int c = 3; c < columnCount; ++c)
            sheet.write(sheetRow, c, row.cells[c], leftAligned[c] ? formats.cellLeft : formats.cellCentred);
        if (sheetRow == schoolLastRow && schoolFirstRow < schoolLastRow) {
            for (int c = 0; c < 3; ++c)
                sheet.declareMerged(schoolFirstRow, c, schoolLastRow, c, schoolFormat);
        }
    }
    return firstRow + int(form.rows.size());
}

// A line of text across the page (merged), its height computed from its text.
int writeLine(SheetRows& rows, int row, const QString& text, lxw_format* format, double fontSize)
{
    rows.setHeight(row, cellHeight(text, widthOfColumns(0, lastColumn), fontSize));
    rows.sheet.merge(row, 0, row, lastColumn, text, format);
    return row + 1;
}

void setPageBreaks(Sheet& sheet, const QList<int>& breaks)
{
    // Excel keeps at most 1,023 manual breaks; a form that long paginates itself after those.
    if (breaks.isEmpty())
        return;
    std::vector<lxw_row_t> rows;
    for (int i = 0; i < std::min<qsizetype>(breaks.size(), LXW_BREAKS_MAX); ++i)
        rows.push_back(lxw_row_t(breaks[i]));
    rows.push_back(0);
    worksheet_set_h_pagebreaks(sheet.handle(), rows.data());
}

} // namespace

void writePrintedFormSheet(XlsxBook& book, const PrintedForm& form)
{
    Sheet sheet(book.addSheet(form.title.isEmpty() ? QStringLiteral("申报表") : form.title));
    const Formats formats = makeFormats(book);
    for (int c = 0; c < columnCount; ++c)
        sheet.setColumnWidth(c, columnWidths[c]);

    SheetRows rows{sheet, {}, {}};
    int row = 0;
    rows.setHeight(row, rowHeightForLines(1, headingFontSize));
    sheet.merge(row, 0, row, 1, form.attachmentLabel, formats.attachment);
    ++row;
    row = writeLine(rows, row, form.title, formats.title, titleFontSize);

    const QString unitLine = form.unitLabel + form.unit;
    const QString contactLine = form.contactLabel + form.contact;
    rows.setHeight(row, std::max(cellHeight(unitLine, widthOfColumns(0, 3), headingFontSize),
                                     cellHeight(contactLine, widthOfColumns(4, lastColumn), headingFontSize)));
    sheet.merge(row, 0, row, 3, unitLine, formats.headingLine);
    sheet.merge(row, 4, row, lastColumn, contactLine, formats.headingLine);
    ++row;

    const int headerRow = row;
    double headerHeight = 0;
    for (int c = 0; c < columnCount; ++c) {
        sheet.writeText(headerRow, c, form.columns.value(c), formats.columnHeader);
        headerHeight = std::max(headerHeight, cellHeight(form.columns.value(c), columnWidths[c], tableFontSize));
    }
    rows.setHeight(headerRow, headerHeight);
    const double printable = printableA4LandscapeHeight(topMarginInches, bottomMarginInches);
    row = writeTableRows(rows, formats, form, headerRow + 1, printable - headerHeight);

    if (!form.notesHeading.isEmpty())
        row = writeLine(rows, row, form.notesHeading, formats.note, noteFontSize);
    for (const QString& note : form.notes)
        row = writeLine(rows, row, note, formats.note, noteFontSize);
    row = writeLine(rows, row, form.dateLabel + form.date, formats.date, headingFontSize);

    setUpPrinting(sheet, headerRow, row - 1, lastColumn, form.verificationCode, form.draftMark);
    const Pagination pagination{printable, headerRow, rows.heights, rows.schools};
    setPageBreaks(sheet, pagination.pageBreaks());
    worksheet_activate(sheet.handle());
}

void setUpPrinting(Sheet& sheet, int headerRow, int lastRow, int lastColumnIndex, const QString& verificationCode,
                   const QString& draftMark)
{
    lxw_worksheet* ws = sheet.handle();
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_margins(ws, 0.5, 0.5, topMarginInches, bottomMarginInches);
    worksheet_center_horizontally(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, lxw_row_t(headerRow), lxw_row_t(headerRow));
    worksheet_print_area(ws, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumnIndex));
    // The sealed form is always Chinese, whatever the language of the program.
    const QByteArray footer =
        (QStringLiteral("&L校验码：") + verificationCode + QStringLiteral("&C第 &P 页 共 &N 页")).toUtf8();
    lxw_header_footer_options options = {};
    options.margin = 0.3;
    worksheet_set_footer_opt(ws, footer.constData(), &options);
    if (!draftMark.isEmpty()) {
        // Dark red, bold, at the top right of every printed page, as in the PDF.
        const QByteArray header = (QStringLiteral("&R&\"-,Bold\"&KC00000") + draftMark).toUtf8();
        worksheet_set_header_opt(ws, header.constData(), &options);
    }
}

} // namespace x1::xlsx
