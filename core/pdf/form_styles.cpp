#include "pdf/form_styles.h"

namespace x1::pdf {

qreal PageGeometry::columnLeft(int column)
{
    qreal x = left;
    for (int i = 0; i < column; ++i)
        x += columnWidth(i);
    return x;
}

FormStyles::FormStyles(const FormFonts& fonts)
    : attachment(fonts.heading(16))
    , title(fonts.heading(20))
    , line(fonts.text(14))
    , header(fonts.heading(10.5))
    , cell(fonts.text(10.5))
    , note(fonts.text(10.5))
    , pageNumber(fonts.text(14))
    , small(fonts.text(8))
    , draft(fonts.heading(14))
    , watermark(fonts.heading(120))
{
}

QString draftWatermark()
{
    return QStringLiteral("草稿");
}

} // namespace x1::pdf
