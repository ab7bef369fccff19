#include "pdf/glyph_text.h"

#include <string_view>

namespace x1::pdf {

namespace {

bool isWordCharacter(char32_t c)
{
    return (c < 0x2e80 && c != U' ' && c != U'\n' && c != U'—' && c != U'/') || (c >= 0xff10 && c <= 0xff5a);
}

bool isClosing(char32_t c)
{
    static const std::u32string_view closing = U"、，。；：？！）》」』】〕,.;:?!)]}%";
    return closing.find(c) != std::u32string_view::npos;
}

bool isOpening(char32_t c)
{
    static const std::u32string_view opening = U"（《「『【〔([{“‘";
    return opening.find(c) != std::u32string_view::npos;
}

// An unbreakable piece of text: a CJK character with its punctuation, a Latin word, or a space.
struct Piece {
    qsizetype first = 0; // into the code points
    qsizetype end = 0;
    qreal width = 0;
    bool space = false;
    bool newline = false;
};

} // namespace

GlyphText::GlyphText(const QRawFont& font)
    : m_font(font)
    , m_ascent(font.ascent())
    , m_descent(font.descent())
    , m_lineHeight(font.pixelSize() * 1.25)
{
}

GlyphText::Glyph GlyphText::glyphOf(char32_t codePoint) const
{
    if (auto found = m_glyphs.constFind(codePoint); found != m_glyphs.cend())
        return *found;
    Glyph glyph;
    QChar units[2];
    const int length = QChar::requiresSurrogates(codePoint) ? 2 : 1;
    if (length == 2) {
        units[0] = QChar(QChar::highSurrogate(codePoint));
        units[1] = QChar(QChar::lowSurrogate(codePoint));
    } else {
        units[0] = QChar(static_cast<char16_t>(codePoint));
    }
    int count = 1;
    m_font.glyphIndexesForChars(units, length, &glyph.index, &count);
    QPointF advance;
    m_font.advancesForGlyphIndexes(&glyph.index, &advance, 1, QRawFont::UseDesignMetrics);
    glyph.advance = advance.x();
    m_glyphs.insert(codePoint, glyph);
    return glyph;
}

GlyphLine GlyphText::line(QStringView text) const
{
    GlyphLine line;
    forEachCodePoint(text, [&](char32_t c) {
        if (c == U'\n')
            return;
        const Glyph glyph = glyphOf(c);
        line.glyphs << glyph.index;
        line.offsets << line.width;
        line.width += glyph.advance;
    });
    return line;
}

QList<GlyphLine> GlyphText::wrap(QStringView text, qreal width) const
{
    const QList<uint> codePoints = text.toUcs4();
    QList<Piece> pieces;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        const qreal advance = c == u'\n' ? 0 : glyphOf(c).advance;
        const bool joinPrevious = !pieces.isEmpty() && !pieces.last().space && !pieces.last().newline && c != u' '
                                  && c != u'\n'
                                  && (isClosing(c) || isOpening(codePoints[i - 1])
                                      || (isWordCharacter(c) && isWordCharacter(codePoints[i - 1])));
        if (joinPrevious) {
            pieces.last().end = i + 1;
            pieces.last().width += advance;
        } else {
            pieces << Piece{i, i + 1, advance, c == u' ', c == u'\n'};
        }
    }

    QList<GlyphLine> lines(1);
    auto append = [&](qsizetype first, qsizetype end) {
        for (qsizetype i = first; i < end; ++i) {
            const Glyph glyph = glyphOf(codePoints[i]);
            lines.last().glyphs << glyph.index;
            lines.last().offsets << lines.last().width;
            lines.last().width += glyph.advance;
        }
    };
    auto place = [&](const Piece& piece) {
        if (piece.width <= width) {
            append(piece.first, piece.end);
            return;
        }
        // Wider than a whole line: the only place left to break is between characters.
        for (qsizetype i = piece.first; i < piece.end; ++i) {
            if (!lines.last().glyphs.isEmpty() && lines.last().width + glyphOf(codePoints[i]).advance > width)
                lines.append(GlyphLine());
            append(i, i + 1);
        }
    };
    for (const Piece& piece : pieces) {
        const GlyphLine& current = lines.last();
        if (piece.newline) {
            lines.append(GlyphLine());
        } else if (piece.space) {
            if (!current.glyphs.isEmpty() && current.width + piece.width <= width)
                append(piece.first, piece.end);
        } else if (current.glyphs.isEmpty() || current.width + piece.width <= width) {
            place(piece);
        } else {
            lines.append(GlyphLine());
            place(piece);
        }
    }
    for (GlyphLine& line : lines) {
        // A space that ends a line takes no room.
        while (!line.glyphs.isEmpty() && line.glyphs.last() == glyphOf(U' ').index) {
            line.width = line.offsets.last();
            line.glyphs.removeLast();
            line.offsets.removeLast();
        }
    }
    return lines;
}

void GlyphBatch::add(const GlyphLine& line, QPointF baselineStart)
{
    m_glyphs += line.glyphs;
    for (qreal offset : line.offsets)
        m_positions << QPointF(baselineStart.x() + offset, baselineStart.y());
}

QGlyphRun GlyphBatch::run() const
{
    QGlyphRun run;
    run.setRawFont(m_font);
    run.setGlyphIndexes(m_glyphs);
    run.setPositions(m_positions);
    return run;
}

void GlyphBatch::clear()
{
    m_glyphs.clear();
    m_positions.clear();
}

} // namespace x1::pdf
