#include "xlsx/xlsx_writer_text_metrics.h"

#include <algorithm>
#include <cmath>

namespace x1::xlsx {

namespace {

constexpr double pixelsPerExcelUnit = 7.0; // Calibri 11 digit width at 96 dpi
constexpr double cellPaddingPx = 6.0;      // the inner margins of a cell, both sides
constexpr double lineHeightEm = 1.45;
constexpr double rowPaddingPt = 4.0;
// Excel and LibreOffice keep closing punctuation with the character before it, which may carry
// one more character to the next line; a slightly narrower line covers that.
constexpr double usableShare = 0.94;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000 || c == 0x2014 || c == 0x2026 || c == 0x201C
        || c == 0x201D || c == 0x2018 || c == 0x2019;
}

double widthOf(char32_t c)
{
    return isWide(c) ? 1.0 : 0.55;
}

// Lines of one paragraph (no line breaks inside).
int paragraphLines(QStringView paragraph, double lineWidth)
{
    if (double(paragraph.size()) <= lineWidth)
        return 1; // no character is wider than 1 em: most cells are decided here
    int lines = 1;
    double used = 0;
    double word = 0; // width of the Latin word being read, not yet placed
    auto placeWord = [&] {
        if (word <= 0)
            return;
        if (used > 0 && used + word > lineWidth) {
            ++lines;
            used = 0;
        }
        while (word > lineWidth) { // a word longer than a line breaks inside
            word -= lineWidth;
            ++lines;
        }
        used += word;
        word = 0;
    };
    for (const QChar unit : paragraph) {
        if (unit.isLowSurrogate())
            continue; // counted with its high surrogate
        const char32_t c = unit.isHighSurrogate() ? char32_t(0x20000) : char32_t(unit.unicode()); // beyond the BMP: CJK
        if (!isWide(c) && c != u' ') {
            word += widthOf(c);
            continue;
        }
        placeWord();
        const double width = widthOf(c);
        if (used + width > lineWidth && used > 0) {
            ++lines;
            used = 0;
        }
        if (c == u' ' && used == 0)
            continue; // a space at a line break takes no room
        used += width;
    }
    placeWord();
    return lines;
}

} // namespace

double columnWidthInEms(double excelColumnWidth, double fontSizePt)
{
    const double emPx = fontSizePt * 96.0 / 72.0;
    return std::max(1.0, (excelColumnWidth * pixelsPerExcelUnit - cellPaddingPx) / emPx);
}

int wrappedLineCount(const QString& text, double widthInEms)
{
    const double lineWidth = std::max(1.0, widthInEms * usableShare);
    int lines = 0;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = text.indexOf(u'\n', start);
        lines += paragraphLines(end < 0 ? QStringView(text).sliced(start) : QStringView(text).sliced(start, end - start), lineWidth);
        if (end < 0)
            break;
        start = end + 1;
    }
    return lines;
}

double rowHeightForLines(int lines, double fontSizePt)
{
    // Excel stores heights in quarter points; round up so that a computed row never shrinks.
    const double height = lines * fontSizePt * lineHeightEm + rowPaddingPt;
    return std::ceil(height * 4.0) / 4.0;
}

double cellHeight(const QString& text, double excelColumnWidth, double fontSizePt)
{
    return rowHeightForLines(wrappedLineCount(text, columnWidthInEms(excelColumnWidth, fontSizePt)), fontSizePt);
}

} // namespace x1::xlsx
