#pragma once

#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QStringView>

namespace x1::pdf {

// Calls `visit` with each code point of `text` (a surrogate pair is one code point).
template <typename Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        visit(c);
    }
}

// One line of text as glyphs, positioned from the line's left end on its baseline.
struct GlyphLine {
    QList<quint32> glyphs;
    QList<qreal> offsets;
    qreal width = 0;
};

// Text measured and broken into lines on a QRawFont, without Qt's text layout: the form's cells are
// short, mostly CJK, and Qt's layout is the slowest part of painting ten thousand of them.
// Lines break between CJK characters and at spaces; a run of Latin letters or digits stays whole
// unless it is wider than the line; closing punctuation (、，。）…) never starts a line.
class GlyphText {
public:
    explicit GlyphText(const QRawFont& font);

    const QRawFont& font() const { return m_font; }
    qreal ascent() const { return m_ascent; }
    qreal lineHeight() const { return m_lineHeight; }
    // The baseline of a line drawn in a band `lineHeight` tall starting at `top`, centred.
    qreal baselineIn(qreal top) const { return top + (m_lineHeight + m_ascent - m_descent) / 2; }

    GlyphLine line(QStringView text) const;
    QList<GlyphLine> wrap(QStringView text, qreal width) const;
    qreal width(QStringView text) const { return line(text).width; }

private:
    struct Glyph {
        quint32 index = 0;
        qreal advance = 0;
    };
    Glyph glyphOf(char32_t codePoint) const;

    QRawFont m_font;
    qreal m_ascent = 0;
    qreal m_descent = 0;
    qreal m_lineHeight = 0;
    mutable QHash<char32_t, Glyph> m_glyphs;
};

// Collects positioned glyphs of one font, to draw them with one QPainter call.
class GlyphBatch {
public:
    explicit GlyphBatch(const QRawFont& font) : m_font(font) {}
    void add(const GlyphLine& line, QPointF baselineStart);
    bool isEmpty() const { return m_glyphs.isEmpty(); }
    QGlyphRun run() const;
    void clear();

private:
    QRawFont m_font;
    QList<quint32> m_glyphs;
    QList<QPointF> m_positions;
};

} // namespace x1::pdf
