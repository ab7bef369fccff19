#include "xlsx/xlsx_writer_pagination.h"

namespace x1::xlsx {

QList<int> Pagination::pageBreaks() const
{
    QList<int> breaks;
    const double header = rowHeights.value(repeatedRow);
    double used = 0;
    for (int r = 0; r <= repeatedRow && r < rowHeights.size(); ++r)
        used += rowHeights[r];

    auto startPageAt = [&](int row) {
        breaks << row;
        used = header;
    };
    int nextBlock = 0;
    int row = repeatedRow + 1;
    while (row < rowHeights.size()) {
        while (nextBlock < keepTogether.size() && keepTogether[nextBlock].second < row)
            ++nextBlock;
        int last = row;
        if (nextBlock < keepTogether.size() && keepTogether[nextBlock].first == row)
            last = std::min(int(rowHeights.size()) - 1, keepTogether[nextBlock].second);
        double blockHeight = 0;
        for (int r = row; r <= last; ++r)
            blockHeight += rowHeights[r];

        const bool pageHoldsOnlyHeader = used <= header;
        if (used + blockHeight > printableHeight && !pageHoldsOnlyHeader && header + blockHeight <= printableHeight)
            startPageAt(row);
        for (int r = row; r <= last; ++r) {
            if (used + rowHeights[r] > printableHeight && used > header)
                startPageAt(r);
            used += rowHeights[r];
        }
        row = last + 1;
    }
    return breaks;
}

double printableA4LandscapeHeight(double topMarginInches, double bottomMarginInches)
{
    constexpr double a4ShortSidePt = 595.28;
    constexpr double safety = 0.96;
    return (a4ShortSidePt - (topMarginInches + bottomMarginInches) * 72.0) * safety;
}

} // namespace x1::xlsx
