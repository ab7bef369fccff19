#include "pdf/page_plan.h"

namespace x1::pdf {

namespace {

using G = PageGeometry;

constexpr qreal contentWidth = G::right - G::left;

qreal linesHeight(const CellLines& lines, const GlyphText& style)
{
    return lines.size() * style.lineHeight();
}

} // namespace

PagePlan::PagePlan(const PrintedForm& form, const FormStyles& styles, qreal qrSide)
    : m_styles(styles)
    , m_qrSide(qrSide)
{
    for (int column = 0; column < 8; ++column) {
        const qreal width = G::columnWidth(column) - 2 * G::cellPaddingX;
        m_header[column] = styles.header.wrap(form.columns.value(column), width);
        m_headerHeight = qMax(m_headerHeight, linesHeight(m_header[column], styles.header) + 2 * G::cellPaddingY);
    }
    m_headerHeight = qMax(m_headerHeight, G::minimumRowHeight);
    m_cells.resize(form.rows.size());
    for (qsizetype row = 0; row < form.rows.size(); ++row) {
        const PrintedRow& printed = form.rows[row];
        for (int column = printed.firstOfSchool ? 0 : 3; column < 8; ++column)
            m_cells[row][column] = styles.cell.wrap(printed.cells[column], G::columnWidth(column) - 2 * G::cellPaddingX);
    }
    m_title = styles.title.wrap(form.title, contentWidth);
    if (!form.notesHeading.isEmpty())
        m_notes << styles.note.wrap(form.notesHeading, contentWidth);
    for (const QString& note : form.notes)
        m_notes << styles.note.wrap(note, contentWidth);

    m_pages.append(PageLayout());
    m_y = sealBandTop() + G::sealRoom;
    openTable();
    for (int row = 0; row < form.rows.size();) {
        const int span = qMax(1, form.rows[row].firstOfSchool ? form.rows[row].schoolRowSpan : 1);
        const bool last = row + span >= form.rows.size();
        // The last school takes the notes and the date with it, so that they never stand alone.
        placeSchool(row, qMin<int>(span, form.rows.size() - row), last ? G::tailGap + tailHeight() : 0);
        row += span;
    }
    placeTail();
}

qreal PagePlan::titleTop() const
{
    return G::top + m_styles.attachment.lineHeight() + mm(2);
}

qreal PagePlan::sealBandTop() const
{
    return titleTop() + m_title.size() * m_styles.title.lineHeight() + mm(1);
}

qreal PagePlan::rowHeight(int row, int firstColumn) const
{
    qreal height = G::minimumRowHeight;
    for (int column = firstColumn; column < 8; ++column)
        height = qMax(height, linesHeight(m_cells[row][column], m_styles.cell) + 2 * G::cellPaddingY);
    return height;
}

qreal PagePlan::schoolHeight(int firstRow) const
{
    qreal height = 0;
    for (int column = 0; column < 3; ++column)
        height = qMax(height, linesHeight(m_cells[firstRow][column], m_styles.cell) + 2 * G::cellPaddingY);
    return height;
}

bool PagePlan::fits(qreal height) const
{
    return m_y + (m_pages.last().hasTable ? 0 : m_headerHeight) + height <= G::bottom;
}

void PagePlan::openTable()
{
    PageLayout& page = m_pages.last();
    if (page.hasTable)
        return;
    page.hasTable = true;
    page.tableTop = m_y;
    m_y += m_headerHeight;
}

void PagePlan::newPage()
{
    m_pages.append(PageLayout());
    m_y = G::top;
}

void PagePlan::placeSchool(int firstRow, int span, qreal keepWith)
{
    QList<qreal> heights;
    qreal total = 0;
    for (int row = firstRow; row < firstRow + span; ++row) {
        heights << rowHeight(row, 3);
        total += heights.last();
    }
    const qreal schoolNeed = schoolHeight(firstRow);
    if (total < schoolNeed) {
        heights.last() += schoolNeed - total;
        total = schoolNeed;
    }
    const qreal pageRoom = G::bottom - G::top - m_headerHeight;
    const qreal needed = total + keepWith <= pageRoom ? total + keepWith : total;
    if (!fits(needed) && needed <= pageRoom && !m_pages.last().rows.isEmpty())
        newPage();
    const bool whole = fits(total);
    for (int i = 0; i < span; ++i) {
        // A school longer than a page is split; each part must hold the school's merged cells.
        const qreal height = whole ? heights[i] : qMax(heights[i], schoolNeed);
        if (!fits(height) && !m_pages.last().rows.isEmpty())
            newPage();
        if (fits(height))
            placeRow({firstRow + i, 0, height}, firstRow);
        else
            placeRowInParts(firstRow + i, firstRow);
    }
}

void PagePlan::placeRow(PlacedRow row, int schoolFirstRow)
{
    openTable();
    row.top = m_y;
    PageLayout& page = m_pages.last();
    if (page.schools.isEmpty() || page.schools.last().firstRow != schoolFirstRow)
        page.schools.append({schoolFirstRow, m_y, 0});
    page.rows.append(row);
    page.schools.last().height += row.height;
    m_y += row.height;
}

// A row taller than a page (a very long remark): its lines continue on the next pages.
void PagePlan::placeRowInParts(int row, int schoolFirstRow)
{
    qsizetype lines = 0;
    for (int column = 0; column < 8; ++column)
        lines = qMax(lines, m_cells[row][column].size());
    const qreal lineHeight = m_styles.cell.lineHeight();
    for (int done = 0; done < lines;) {
        openTable();
        const int room = qMax(1, int((G::bottom - m_y - 2 * G::cellPaddingY) / lineHeight));
        const int take = qMin(room, int(lines - done));
        placeRow({row, 0, take * lineHeight + 2 * G::cellPaddingY, done, done + take}, schoolFirstRow);
        done += take;
        if (done < lines)
            newPage();
    }
}

qreal PagePlan::tailHeight() const
{
    qreal height = 0;
    for (const QList<GlyphLine>& note : m_notes)
        height += linesHeight(note, m_styles.note);
    return height + G::tailGap + qMax(m_qrSide, m_styles.line.lineHeight());
}

void PagePlan::placeTail()
{
    if (m_y + G::tailGap + tailHeight() > G::bottom)
        newPage();
    m_pages.last().hasTail = true;
    m_pages.last().tailTop = m_y + G::tailGap;
}

} // namespace x1::pdf
