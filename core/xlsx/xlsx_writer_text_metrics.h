#pragma once

#include <QString>

namespace x1::xlsx {

// Row heights for wrapped text, estimated from the text alone. Neither Excel nor LibreOffice
// grows a row for wrapped or merged cells, and the fonts the file names (宋体, 黑体) are not
// installed everywhere, so the estimate is deliberately font-independent and a little generous:
// a CJK or full-width character is 1 em, anything else about 0.55 em, and a line is as tall as
// the tallest common CJK fallback font needs (Noto CJK: ~1.45 em).

// Width of an Excel column in its own unit (the digit width of the default 11 pt Calibri: 7 px).
double columnWidthInEms(double excelColumnWidth, double fontSizePt);

// How many lines `text` takes when wrapped in a column `widthInEms` wide. Explicit line breaks
// start new lines; a CJK character may break anywhere, a Latin word only at its edges unless it
// is longer than a line. Empty text takes one line.
int wrappedLineCount(const QString& text, double widthInEms);

// The height in points of a row showing `lines` lines of text of size `fontSizePt`.
double rowHeightForLines(int lines, double fontSizePt);

// Both in one: the height a cell of `text` needs in a column of `excelColumnWidth`.
double cellHeight(const QString& text, double excelColumnWidth, double fontSizePt);

} // namespace x1::xlsx
