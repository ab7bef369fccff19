#pragma once

#include "util/result.h"

#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace x1::pdf {

// The two faces one PDF export paints with — the text face (仿宋/宋体, else Noto Serif CJK SC)
// and the heading face (黑体, else the bold Noto) — as subsets of the installed fonts holding
// exactly the characters the export draws (see subsetFont for why). They are registered with Qt
// for the life of this object only.
class FormFonts {
public:
    static Result<std::unique_ptr<FormFonts>> prepare(const QSet<char32_t>& codePoints);
    ~FormFonts();
    FormFonts(const FormFonts&) = delete;
    FormFonts& operator=(const FormFonts&) = delete;

    // Each face first, then its fallbacks: other installed CJK fonts holding the characters the
    // face lacks (a rare character in a school's name), subset to those characters.
    QList<QRawFont> text(qreal pixelSize) const { return rawFonts(m_text, m_textFallbacks, pixelSize); }
    QList<QRawFont> heading(qreal pixelSize) const { return rawFonts(m_heading, m_headingFallbacks, pixelSize); }
    // The installed families the fallbacks were made from (none when the faces hold everything).
    QStringList fallbackSources() const;
    // Characters no installed font has: they print as the font's box.
    const QSet<char32_t>& missing() const { return m_missing; }

    // The installed families the subsets were made from, e.g. "Noto Serif CJK SC".
    QString textSource() const { return m_text.source; }
    QString headingSource() const { return m_heading.source; }
    // The font files they were read from; empty when the file was not found and the tables came
    // through QRawFont.
    QString textFile() const { return m_text.file; }
    QString headingFile() const { return m_heading.file; }

private:
    struct Face {
        QString source;
        QString file;
        QString family; // the registered subset's own family name
        int weight = 400;
    };
    FormFonts() = default;
    static QRawFont rawFont(const Face& face, qreal pixelSize);
    static QList<QRawFont> rawFonts(const Face& face, const QList<Face>& fallbacks, qreal pixelSize);
    Status add(Face& face, const QRawFont& source, const QSet<char32_t>& codePoints, const char* role);
    Status addFallbacks(const QRawFont& source, const QSet<char32_t>& codePoints, QList<Face>& fallbacks);

    Face m_text;
    Face m_heading;
    QList<Face> m_textFallbacks;
    QList<Face> m_headingFallbacks;
    QSet<char32_t> m_missing;
    QList<int> m_registered;
};

} // namespace x1::pdf
