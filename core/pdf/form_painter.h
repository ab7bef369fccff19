#pragma once

#include "pdf/page_plan.h"
#include "pdf/qr_code.h"

#include <QPainter>

#include <map>

namespace x1::pdf {

// Paints the pages of a laid-out form. Text goes out as one glyph run per page and type style.
class FormPainter {
public:
    FormPainter(QPainter& painter, const PrintedForm& form, const FormStyles& styles, const PagePlan& layout,
                const QrCode& qr);

    void paintPage(int index);

private:
    void paintHeading();
    void paintTable(const PageLayout& page);
    void paintTail(const PageLayout& page);
    void paintFooter(int index);
    // A copy that is not 定稿: 草稿 across the page, and the mark at its top right.
    void paintDraftWatermark();
    void paintDraftMark();

    void text(const GlyphText& style, const GlyphLine& line, qreal x, qreal baseline);
    // Each line centred in `box`, the block centred vertically, as the official forms are set.
    void lines(const GlyphText& style, const QList<GlyphLine>& lines, const QRectF& box);
    void linesFromTop(const GlyphText& style, const QList<GlyphLine>& lines, const QRectF& box);
    void flushText();

    QPainter& m_painter;
    const PrintedForm& m_form;
    const FormStyles& m_styles;
    const PagePlan& m_layout;
    const QrCode& m_qr;
    std::map<const GlyphText*, GlyphBatch> m_batches;
    QList<QLineF> m_rules; // the table's lines, drawn in one call
};

} // namespace x1::pdf
