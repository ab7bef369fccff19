// A character the form's font lacks (a rare character in a school's name) is drawn from another
// installed CJK font — in the PDF, the preview and the printer alike (they share the painter).
#include "support/catch.h"
#include "support/pdf_probe.h"
#include "support/test_files.h"

#include "export/workbook_export.h"
#include "pdf/form_fonts.h"
#include "pdf/form_pages.h"
#include "pdf/glyph_text.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRawFont>

using namespace x1;
using namespace x1::test;

namespace {

// The first of some rare characters that the form's text face lacks and another installed font
// has: with fonts-noto-cjk, 鿯 (U+9FEF, in Noto Sans CJK, not in Noto Serif CJK); on Windows,
// 𠀀 (U+20000, in SimSun-ExtB, not in 仿宋).
char32_t rareCharacter()
{
    for (char32_t c : {U'\U00009FEF', U'\U00009FEE', U'\U00020000', U'\U0002A6D6', U'\U00004DB5'}) {
        auto fonts = pdf::FormFonts::prepare({c});
        if (!fonts)
            continue;
        const QList<QRawFont> faces = (*fonts)->text(10);
        if (!faces.first().supportsCharacter(c) && faces.size() > 1)
            return c;
    }
    return 0;
}

QString textOf(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

TEST_CASE("a character the text face lacks is taken from a fallback font: a real glyph, not glyph 0", "[pdf][print][fonts]")
{
    const char32_t rare = rareCharacter();
    REQUIRE(rare != 0); // an installed font has one of them (fonts-noto-cjk, or SimSun-ExtB)
    auto fonts = pdf::FormFonts::prepare({rare, U'学', U'院'});
    REQUIRE(fonts);
    CHECK_FALSE((*fonts)->fallbackSources().isEmpty());
    const pdf::GlyphText text((*fonts)->text(10.5));
    const QString word = u"学" + textOf(rare) + u"院";
    const pdf::GlyphLine line = text.line(word);
    REQUIRE(line.glyphs.size() == 3);
    CHECK(line.faces == QList<quint8>({0, 1, 0}));
    CHECK(line.glyphs[1] != 0);
    CHECK(line.offsets[2] > line.offsets[1] + 5); // it takes room
}

TEST_CASE("a school name with a rare character prints it in the PDF, and pdftoppm shows it", "[pdf][print][fonts]")
{
    const char32_t rare = rareCharacter();
    REQUIRE(rare != 0);
    Scratch scratch;
    Workbook workbook = sampleWorkbook(2, 1);
    workbook.schools[0].name = QString(u"四川" + textOf(rare) + u"城职业技术学院");
    // Alone between spaces, so that pdftotext gives the character its own box.
    workbook.schools[0].rows[0].remark = QString(u"校名含 " + textOf(rare) + u" 字");
    const QString pdf = scratch.path(QStringLiteral("生僻字.pdf"));
    ExportRequest request;
    request.pdf = pdf;
    const Result<ExportOutcome> outcome = exportWorkbook(workbook, request);
    REQUIRE(outcome.ok());

    // The text reads back (the fallback's ToUnicode maps the glyph to the character).
    const QString text = pdfPageText(pdf, 1);
    CHECK(text.contains(workbook.schools[0].name));
    // A third font is embedded: the fallback subset.
    const QList<PdfFont> fonts = pdfFonts(pdf);
    CHECK(std::count_if(fonts.begin(), fonts.end(), [](const PdfFont& font) { return font.name.contains(u"Fallback"); }) == 1);
    for (const PdfFont& font : fonts)
        CHECK(font.embedded);

    // Rendered by poppler: ink inside the middle of the character's box, where a box (the
    // missing-glyph square) is empty.
    QRectF box;
    for (const PdfWord& word : pdfWords(pdf, 1)) {
        if (word.text == textOf(rare))
            box = word.box;
    }
    REQUIRE(box.isValid());
    const QString png = scratch.path(QStringLiteral("page"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("288"), QStringLiteral("-f"),
                                                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                                QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, png});
    REQUIRE(pdftoppm.waitForFinished(60000));
    const QImage page(png + QStringLiteral(".png"));
    REQUIRE(page.width() == 3368); // 297 mm at 288 dpi
    const qreal scale = 288.0 / 72.0;
    const QRectF glyph(box.topLeft() * scale, box.bottomRight() * scale);
    // The middle half of the glyph's box.
    const QRect middle = QRectF(glyph.center() - QPointF(glyph.width() / 4, glyph.height() / 4), glyph.size() / 2).toAlignedRect();
    const auto inkIn = [&](const QImage& image) {
        int ink = 0;
        for (int y = middle.top(); y <= middle.bottom(); ++y) {
            for (int x = middle.left(); x <= middle.right(); ++x)
                ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
        return ink;
    };
    const int area = middle.width() * middle.height();
    INFO("ink pixels in the middle: " << inkIn(page) << " of " << area);
    CHECK(inkIn(page) > area / 20);

    // The preview and the printer paint through the same pages: the character is there too.
    auto pages = pdf::FormPages::prepare(formToPrint(workbook));
    REQUIRE(pages);
    QImage painted(page.size(), QImage::Format_RGB32);
    painted.fill(Qt::white);
    {
        QPainter painter(&painted);
        painter.scale(scale, scale);
        (*pages)->paint(painter, 0);
    }
    CHECK(inkIn(painted) > area / 20);
}
