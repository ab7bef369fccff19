#pragma once

#include "printout/printed_form.h"
#include "pdf/form_styles.h"

#include <QList>

#include <array>

namespace x1::pdf {

// A table cell's text, broken into lines for its column.
using CellLines = QList<GlyphLine>;

// A row of the table as placed on a page.
struct PlacedRow {
    int row = 0; // into PrintedForm::rows
    qreal top = 0;
    qreal height = 0;
    // A row taller than a page is printed in parts: each part shows these lines of every cell.
    int firstLine = 0;
    int endLine = -1; // -1: to the end
};

// The merged 序号/名称/类型 cells of one school on one page (a school split over pages gets one
// on each page, its name repeated).
struct PlacedSchool {
    int firstRow = 0; // into PrintedForm::rows: the school's first row
    qreal top = 0;
    qreal height = 0;
};

struct PageLayout {
    bool hasTable = false;
    qreal tableTop = 0;
    QList<PlacedRow> rows;
    QList<PlacedSchool> schools;
    bool hasTail = false; // notes, 填报日期 and the QR code
    qreal tailTop = 0;
};

// Where everything of the form goes: the header on the first page, rows kept with their school
// when the school fits on a page, the header row on every page with rows, the tail on the last.
class PagePlan {
public:
    PagePlan(const PrintedForm& form, const FormStyles& styles, qreal qrSide);

    const QList<PageLayout>& pages() const { return m_pages; }
    const CellLines& cell(int row, int column) const { return m_cells[row][column]; }
    const CellLines& headerCell(int column) const { return m_header[column]; }
    const QList<GlyphLine>& titleLines() const { return m_title; }
    qreal headerHeight() const { return m_headerHeight; }
    qreal titleTop() const;
    qreal sealBandTop() const;
    const QList<QList<GlyphLine>>& noteLines() const { return m_notes; }
    qreal qrSide() const { return m_qrSide; }

private:
    qreal rowHeight(int row, int firstColumn) const;
    qreal schoolHeight(int firstRow) const;
    void placeSchool(int firstRow, int span, qreal keepWith);
    void placeRow(PlacedRow row, int schoolFirstRow); // at the current height
    void placeRowInParts(int row, int schoolFirstRow);
    qreal tailHeight() const;
    void placeTail();
    bool fits(qreal height) const;
    void openTable();
    void newPage();

    const FormStyles& m_styles;
    QList<std::array<CellLines, 8>> m_cells;
    std::array<CellLines, 8> m_header;
    QList<GlyphLine> m_title;
    QList<QList<GlyphLine>> m_notes; // the heading (if any), then each note
    qreal m_headerHeight = 0;
    qreal m_qrSide = 0;
    QList<PageLayout> m_pages;
    qreal m_y = 0;
};

} // namespace x1::pdf
