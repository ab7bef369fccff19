#include "pdf/qr_code.h"
#include "xlsx/xlsx_writer_pagination.h"
#include "xlsx/xlsx_writer_sheets.h"
#include "xlsx/xlsx_writer_text_metrics.h"

#include <QBuffer>
#include <QImage>

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

// The QR code as a PNG, `modulePixels` per module with its quiet zone; empty when the payload
// cannot be encoded.
QByteArray qrPng(const QString& payload, int modulePixels)
{
    Result<pdf::QrCode> qr = pdf::QrCode::encode(payload.toUtf8());
    if (!qr)
        return {};
    const int side = qr->size() + 2 * pdf::QrCode::quietZone;
    QImage image(side * modulePixels, side * modulePixels, QImage::Format_Mono);
    image.fill(1);
    for (int y = 0; y < qr->size(); ++y)
        for (int x = 0; x < qr->size(); ++x)
            if (qr->isDark(x, y))
                for (int dy = 0; dy < modulePixels; ++dy)
                    for (int dx = 0; dx < modulePixels; ++dx)
                        image.setPixel((x + pdf::QrCode::quietZone) * modulePixels + dx,
                                       (y + pdf::QrCode::quietZone) * modulePixels + dy, 0);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// 填报日期 with the QR code beside it in the last column, as on the PDF's last page. Returns the
// row after it.
int writeDateAndQr(SheetRows& rows, int row, const PrintedForm& form, lxw_format* format)
{
    constexpr int modulePixels = 2;
    const QByteArray png = qrPng(form.qrPayload(), modulePixels); // libxlsxwriter copies it
    // Excel counts 96 pixels to the inch, 72 points.
    const double qrPoints = png.isEmpty() ? 0 : QImage::fromData(png).height() * 0.75;
    rows.setHeight(row, std::max(qrPoints + 4, cellHeight(form.dateLabel + form.date, widthOfColumns(0, lastColumn - 1),
                                                           headingFontSize)));
    rows.sheet.merge(row, 0, row, lastColumn - 1, form.dateLabel + form.date, format);
    if (!png.isEmpty()) {
        lxw_image_options options = {};
        options.x_offset = 4;
        options.y_offset = 2;
        options.object_position = LXW_OBJECT_DONT_MOVE_DONT_SIZE;
        options.description = const_cast<char*>("QR");
        worksheet_insert_image_buffer_opt(rows.sheet.handle(), lxw_row_t(row), lxw_col_t(lastColumn),
                                          reinterpret_cast<const unsigned char*>(png.constData()), size_t(png.size()),
                                          &options);
    }
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

    // The notes, the date and the QR stay together on the last page.
    const int tailFirst = row;
    if (!form.notesHeading.isEmpty())
        row = writeLine(rows, row, form.notesHeading, formats.note, noteFontSize);
    for (const QString& note : form.notes)
        row = writeLine(rows, row, note, formats.note, noteFontSize);
    row = writeDateAndQr(rows, row, form, formats.date);
    rows.schools.append({tailFirst, row - 1});

    const QList<int> breaks = Pagination{printable, headerRow, rows.heights, rows.schools}.pageBreaks();
    setPageBreaks(sheet, breaks);
    // The form's pages are numbered on their own, as in the PDF: — N — in the middle, and 第 N 页
    // 共 M 页 with the code at the right (M counted here: Excel's &N would count the 条件自查 sheet too).
    const QString pages = breaks.size() < LXW_BREAKS_MAX ? QString::number(breaks.size() + 1) : QStringLiteral("&N");
    const QString footer = QStringLiteral("&C— &P —&R&8第 &P 页 共 %1 页　校验码：%2").arg(pages, form.verificationCode);
    setUpPrinting(sheet, headerRow, row - 1, lastColumn, footer, form.draftMark);
    worksheet_activate(sheet.handle());
}

void setUpPrinting(Sheet& sheet, int headerRow, int lastRow, int lastColumnIndex, const QString& footer,
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
    worksheet_set_start_page(ws, 1); // each sheet counts its own pages, also when the whole book is printed
    lxw_header_footer_options options = {};
    options.margin = 0.3;
    const QByteArray footerUtf8 = footer.toUtf8();
    worksheet_set_footer_opt(ws, footerUtf8.constData(), &options);
    if (!draftMark.isEmpty()) {
        // Dark red, bold, at the top right of every printed page, as in the PDF.
        const QByteArray header = (QStringLiteral("&R&\"-,Bold\"&KC00000") + draftMark).toUtf8();
        worksheet_set_header_opt(ws, header.constData(), &options);
    }
}

} // namespace x1::xlsx
