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

// One line of text as glyphs, positioned from the line's left end on its baseline. `faces` says
// which face of the style each glyph is from: 0 its own, else a fallback (GlyphText).
struct GlyphLine {
    QList<quint32> glyphs;
    QList<qreal> offsets;
    QList<quint8> faces;
    qreal width = 0;
};

// Text measured and broken into lines on a QRawFont, without Qt's text layout: the form's cells are
// short, mostly CJK, and Qt's layout is the slowest part of painting ten thousand of them.
// Lines break between CJK characters and at spaces; a run of Latin letters or digits stays whole
// unless it is wider than the line; closing punctuation (、，。）…) never starts a line.
//
// A character the style's face lacks (a rare character in a school's name) is taken from the
// first fallback face that has it, never drawn as a box while an installed font has it.
class GlyphText {
public:
    // `faces`: the style's own face first, then its fallbacks.
    explicit GlyphText(const QList<QRawFont>& faces);

    const QRawFont& font() const { return m_faces.first(); }
    const QList<QRawFont>& faces() const { return m_faces; }
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
        quint8 face = 0;
    };
    Glyph glyphOf(char32_t codePoint) const;
    void append(GlyphLine& line, const Glyph& glyph) const;

    QList<QRawFont> m_faces;
    qreal m_ascent = 0;
    qreal m_descent = 0;
    qreal m_lineHeight = 0;
    mutable QHash<char32_t, Glyph> m_glyphs;
};

// Collects positioned glyphs of one style, to draw them with one QPainter call per face.
class GlyphBatch {
public:
    explicit GlyphBatch(const QList<QRawFont>& faces);
    void add(const GlyphLine& line, QPointF baselineStart);
    bool isEmpty() const;
    // One run per face that has glyphs.
    QList<QGlyphRun> runs() const;
    void clear();

private:
    struct Run {
        QRawFont font;
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    QList<Run> m_runs;
};

} // namespace x1::pdf
