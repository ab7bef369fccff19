#pragma once

#include <QList>

namespace x1::xlsx {

// Where the pages of a printed sheet start, so that a school's rows — whose merged cells would
// be cut in half by a page break — stay on one page whenever they fit on one.
struct Pagination {
    double printableHeight = 0; // points of the page between the top and bottom margins
    int repeatedRow = 0;        // the header row, printed again at the top of every page
    QList<double> rowHeights;   // every row of the sheet, in points
    // Row ranges (first, last) kept together; rows after the header that are in no range are
    // blocks of their own.
    QList<QPair<int, int>> keepTogether;

    // The rows before which a new page begins (for worksheet_set_h_pagebreaks). A block taller
    // than a page is broken where its rows no longer fit.
    QList<int> pageBreaks() const;
};

// The printable height of an A4 landscape page with the margins of the form, at 100 % scale,
// less a little so that a renderer's rounding never pushes a row onto a page of its own.
double printableA4LandscapeHeight(double topMarginInches, double bottomMarginInches);

} // namespace x1::xlsx
