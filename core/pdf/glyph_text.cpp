#include "pdf/glyph_text.h"

#include <algorithm>
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

GlyphText::GlyphText(const QList<QRawFont>& faces)
    : m_faces(faces)
    , m_ascent(faces.first().ascent())
    , m_descent(faces.first().descent())
    , m_lineHeight(faces.first().pixelSize() * 1.25)
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
    m_faces.first().glyphIndexesForChars(units, length, &glyph.index, &count);
    // Glyph 0 is the box of a missing character: look for the character in the fallbacks.
    for (qsizetype face = 1; glyph.index == 0 && face < m_faces.size(); ++face) {
        if (!m_faces[face].supportsCharacter(codePoint))
            continue;
        count = 1;
        m_faces[face].glyphIndexesForChars(units, length, &glyph.index, &count);
        if (glyph.index != 0)
            glyph.face = quint8(face);
    }
    QPointF advance;
    m_faces[glyph.face].advancesForGlyphIndexes(&glyph.index, &advance, 1, QRawFont::UseDesignMetrics);
    glyph.advance = advance.x();
    m_glyphs.insert(codePoint, glyph);
    return glyph;
}

void GlyphText::append(GlyphLine& line, const Glyph& glyph) const
{
    line.glyphs << glyph.index;
    line.faces << glyph.face;
    line.offsets << line.width;
    line.width += glyph.advance;
}

GlyphLine GlyphText::line(QStringView text) const
{
    GlyphLine line;
    forEachCodePoint(text, [&](char32_t c) {
        if (c == U'\n')
            return;
        append(line, glyphOf(c));
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
        for (qsizetype i = first; i < end; ++i)
            this->append(lines.last(), glyphOf(codePoints[i]));
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
        const Glyph space = glyphOf(U' ');
        while (!line.glyphs.isEmpty() && line.glyphs.last() == space.index && line.faces.last() == space.face) {
            line.width = line.offsets.last();
            line.glyphs.removeLast();
            line.faces.removeLast();
            line.offsets.removeLast();
        }
    }
    return lines;
}

GlyphBatch::GlyphBatch(const QList<QRawFont>& faces)
{
    for (const QRawFont& face : faces)
        m_runs.append({face, {}, {}});
}

void GlyphBatch::add(const GlyphLine& line, QPointF baselineStart)
{
    for (qsizetype i = 0; i < line.glyphs.size(); ++i) {
        Run& run = m_runs[line.faces[i]];
        run.glyphs << line.glyphs[i];
        run.positions << QPointF(baselineStart.x() + line.offsets[i], baselineStart.y());
    }
}

bool GlyphBatch::isEmpty() const
{
    return std::all_of(m_runs.begin(), m_runs.end(), [](const Run& run) { return run.glyphs.isEmpty(); });
}

QList<QGlyphRun> GlyphBatch::runs() const
{
    QList<QGlyphRun> runs;
    for (const Run& run : m_runs) {
        if (run.glyphs.isEmpty())
            continue;
        QGlyphRun glyphRun;
        glyphRun.setRawFont(run.font);
        glyphRun.setGlyphIndexes(run.glyphs);
        glyphRun.setPositions(run.positions);
        runs << glyphRun;
    }
    return runs;
}

void GlyphBatch::clear()
{
    for (Run& run : m_runs) {
        run.glyphs.clear();
        run.positions.clear();
    }
}

} // namespace x1::pdf
