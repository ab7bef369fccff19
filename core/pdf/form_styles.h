#pragma once

#include "pdf/form_fonts.h"
#include "pdf/glyph_text.h"

#include <QRectF>

#include <array>

namespace x1::pdf {

// Lengths on the page are in PostScript points (the PDF's own unit): the writer runs at 72 dpi.
constexpr qreal mm(qreal millimetres)
{
    return millimetres * 72.0 / 25.4;
}

// The page: A4 landscape, with the margins of an official form.
struct PageGeometry {
    static constexpr qreal width = mm(297);
    static constexpr qreal height = mm(210);
    static constexpr qreal left = mm(15);
    static constexpr qreal right = width - mm(15);
    static constexpr qreal top = mm(14);
    static constexpr qreal bottom = height - mm(17); // the footer lives below
    static constexpr qreal footerBaseline = height - mm(10);
    static constexpr qreal sealRoom = mm(45);        // an official seal is 40–45 mm across
    static constexpr qreal cellPaddingX = mm(1.5);
    static constexpr qreal cellPaddingY = mm(1.2);
    static constexpr qreal minimumRowHeight = mm(7);
    static constexpr qreal qrModule = mm(0.7);       // read by a phone at arm's length
    static constexpr qreal tailGap = mm(3);

    // The eight columns' widths, in mm, filling the 267 mm between the margins.
    static constexpr std::array<qreal, 8> columnMillimetres = {11, 45, 14, 64, 16, 67, 16, 34};
    static qreal columnLeft(int column);
    static qreal columnWidth(int column) { return mm(columnMillimetres[column]); }
};

// The type of the form, in the sizes of official documents: 二号 title, 四号 page number, 五号 table.
struct FormStyles {
    explicit FormStyles(const FormFonts& fonts);

    GlyphText attachment; // 附件 label, 黑体 三号
    GlyphText title;      // heading face, 二号 (22 pt) reduced to 20 pt to keep long titles on one line
    GlyphText line;       // 报送单位, 联系人及电话, 填报日期: text face, 四号
    GlyphText header;     // column headers: heading face, 五号
    GlyphText cell;       // table cells: text face, 五号
    GlyphText note;       // notes: text face, 小五
    GlyphText pageNumber; // — 1 —: text face, 四号
    GlyphText small;      // 第 N 页 共 M 页 and the code: text face, 8 pt
    GlyphText draft;      // 草稿 — 未定稿… at the top right: heading face, 四号
    GlyphText watermark;  // 草稿 across the page: heading face, 120 pt
};

// The word drawn across every page of a draft.
QString draftWatermark();

} // namespace x1::pdf
