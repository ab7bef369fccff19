#include "pdf/form_painter.h"

namespace x1::pdf {

namespace {

using G = PageGeometry;

} // namespace

FormPainter::FormPainter(QPainter& painter, const PrintedForm& form, const FormStyles& styles,
                         const PagePlan& layout, const QrCode& qr)
    : m_painter(painter)
    , m_form(form)
    , m_styles(styles)
    , m_layout(layout)
    , m_qr(qr)
{
}

void FormPainter::paintPage(int index)
{
    const PageLayout& page = m_layout.pages().at(index);
    if (!m_form.draftMark.isEmpty())
        paintDraftWatermark();
    if (index == 0)
        paintHeading();
    if (page.hasTable)
        paintTable(page);
    if (page.hasTail)
        paintTail(page);
    paintFooter(index);
    flushText();
    if (!m_form.draftMark.isEmpty())
        paintDraftMark();
}

void FormPainter::paintDraftWatermark()
{
    // Light, behind the form, across the page: the copy reads as a draft at a glance and stays legible.
    const GlyphText& style = m_styles.watermark;
    const GlyphLine word = style.line(draftWatermark());
    GlyphBatch batch(style.faces());
    batch.add(word, QPointF(-word.width / 2, style.ascent() / 2 - mm(8)));
    m_painter.save();
    m_painter.translate(G::width / 2, G::height / 2);
    m_painter.rotate(-30);
    m_painter.setPen(QColor(218, 218, 218));
    for (const QGlyphRun& run : batch.runs())
        m_painter.drawGlyphRun(QPointF(0, 0), run);
    m_painter.restore();
}

void FormPainter::paintDraftMark()
{
    const GlyphText& style = m_styles.draft;
    const GlyphLine mark = style.line(m_form.draftMark);
    GlyphBatch batch(style.faces());
    // In the top margin: a continuation page's table starts right at the top of the text area.
    batch.add(mark, QPointF(G::right - mark.width, G::top - mm(3)));
    m_painter.setPen(QColor(192, 0, 0));
    for (const QGlyphRun& run : batch.runs())
        m_painter.drawGlyphRun(QPointF(0, 0), run);
    m_painter.setPen(Qt::black);
}

void FormPainter::paintHeading()
{
    const GlyphText& attachment = m_styles.attachment;
    text(attachment, attachment.line(m_form.attachmentLabel), G::left, attachment.baselineIn(G::top));
    const GlyphText& title = m_styles.title;
    const QList<GlyphLine>& titleLines = m_layout.titleLines();
    lines(title, titleLines, QRectF(G::left, m_layout.titleTop(), G::right - G::left, titleLines.size() * title.lineHeight()));

    // 报送单位 on the left with room for the seal beside the name; 联系人及电话 on the right.
    const GlyphText& style = m_styles.line;
    const GlyphLine unit = style.line(QString(m_form.unitLabel + m_form.unit));
    const GlyphLine contact = style.line(QString(m_form.contactLabel + m_form.contact));
    qreal baseline = style.baselineIn(m_layout.sealBandTop() + (G::sealRoom - style.lineHeight()) / 2);
    text(style, unit, G::left, baseline);
    if (unit.width + G::sealRoom + contact.width > G::right - G::left)
        baseline += style.lineHeight();
    text(style, contact, G::right - contact.width, baseline);
}

void FormPainter::paintTable(const PageLayout& page)
{
    const qreal left = G::left;
    const qreal right = G::right;
    const qreal headerBottom = page.tableTop + m_layout.headerHeight();
    for (int column = 0; column < 8; ++column)
        lines(m_styles.header, m_layout.headerCell(column),
              QRectF(G::columnLeft(column), page.tableTop, G::columnWidth(column), m_layout.headerHeight()));
    m_rules << QLineF(left, page.tableTop, right, page.tableTop) << QLineF(left, headerBottom, right, headerBottom);

    qreal bottom = headerBottom;
    for (const PlacedRow& row : page.rows) {
        for (int column = 3; column < 8; ++column) {
            const CellLines& cell = m_layout.cell(row.row, column);
            const QRectF box(G::columnLeft(column), row.top, G::columnWidth(column), row.height);
            if (row.endLine < 0)
                lines(m_styles.cell, cell, box);
            else // one part of a row taller than a page: its lines from the top
                linesFromTop(m_styles.cell, cell.mid(row.firstLine, row.endLine - row.firstLine), box);
        }
        bottom = row.top + row.height;
        m_rules << QLineF(G::columnLeft(3), bottom, right, bottom);
    }
    for (const PlacedSchool& school : page.schools) {
        for (int column = 0; column < 3; ++column)
            lines(m_styles.cell, m_layout.cell(school.firstRow, column),
                  QRectF(G::columnLeft(column), school.top, G::columnWidth(column), school.height));
        m_rules << QLineF(left, school.top + school.height, G::columnLeft(3), school.top + school.height);
    }
    for (int column = 0; column <= 8; ++column) {
        const qreal x = column < 8 ? G::columnLeft(column) : right;
        m_rules << QLineF(x, page.tableTop, x, bottom);
    }
    m_painter.setPen(QPen(Qt::black, 0.6));
    m_painter.drawLines(m_rules);
    m_rules.clear();
}

void FormPainter::paintTail(const PageLayout& page)
{
    qreal y = page.tailTop;
    const GlyphText& note = m_styles.note;
    for (const QList<GlyphLine>& noteLines : m_layout.noteLines()) {
        for (const GlyphLine& line : noteLines) {
            text(note, line, G::left, note.baselineIn(y));
            y += note.lineHeight();
        }
    }
    y += G::tailGap;

    // 填报日期 with the QR code beside it, at the right edge.
    const qreal side = m_layout.qrSide();
    const QPointF qrTopLeft(G::right - side, y);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(Qt::black);
    m_painter.drawPath(m_qr.darkModules(qrTopLeft, side));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(Qt::black);

    const GlyphText& style = m_styles.line;
    const GlyphLine date = style.line(QString(m_form.dateLabel + m_form.date));
    text(style, date, qrTopLeft.x() - mm(4) - date.width, style.baselineIn(y + (side - style.lineHeight()) / 2));
}

void FormPainter::paintFooter(int index)
{
    const int count = static_cast<int>(m_layout.pages().size());
    const GlyphText& number = m_styles.pageNumber;
    const GlyphLine numberLine = number.line(QStringLiteral("— %1 —").arg(index + 1));
    text(number, numberLine, (G::width - numberLine.width) / 2, G::footerBaseline);

    const GlyphText& small = m_styles.small;
    const GlyphLine pages = small.line(QStringLiteral("第 %1 页 共 %2 页　校验码：%3").arg(index + 1).arg(count).arg(m_form.verificationCode));
    text(small, pages, G::right - pages.width, G::footerBaseline);
}

void FormPainter::text(const GlyphText& style, const GlyphLine& line, qreal x, qreal baseline)
{
    auto batch = m_batches.find(&style);
    if (batch == m_batches.end())
        batch = m_batches.emplace(&style, GlyphBatch(style.faces())).first;
    batch->second.add(line, QPointF(x, baseline));
}

void FormPainter::lines(const GlyphText& style, const QList<GlyphLine>& lines, const QRectF& box)
{
    qreal top = box.top() + (box.height() - lines.size() * style.lineHeight()) / 2;
    for (const GlyphLine& line : lines) {
        text(style, line, box.left() + (box.width() - line.width) / 2, style.baselineIn(top));
        top += style.lineHeight();
    }
}

void FormPainter::linesFromTop(const GlyphText& style, const QList<GlyphLine>& lines, const QRectF& box)
{
    qreal top = box.top() + G::cellPaddingY;
    for (const GlyphLine& line : lines) {
        text(style, line, box.left() + (box.width() - line.width) / 2, style.baselineIn(top));
        top += style.lineHeight();
    }
}

void FormPainter::flushText()
{
    m_painter.setPen(Qt::black); // glyph runs are drawn with the pen
    for (auto& [style, batch] : m_batches) {
        if (!batch.isEmpty())
            for (const QGlyphRun& run : batch.runs())
        m_painter.drawGlyphRun(QPointF(0, 0), run);
        batch.clear();
    }
}

} // namespace x1::pdf
