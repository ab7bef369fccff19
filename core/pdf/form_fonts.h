#pragma once

#include "util/result.h"

#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>

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

    QRawFont text(qreal pixelSize) const { return rawFont(m_text, pixelSize); }
    QRawFont heading(qreal pixelSize) const { return rawFont(m_heading, pixelSize); }

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

    Face m_text;
    Face m_heading;
    QList<int> m_registered;
};

} // namespace x1::pdf
