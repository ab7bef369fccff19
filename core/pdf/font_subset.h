#pragma once

#include "pdf/font_files.h"
#include "util/result.h"

#include <QByteArray>
#include <QRawFont>
#include <QSet>
#include <QString>

namespace x1::pdf {

// A copy of `source` that holds exactly the glyphs of `codePoints`, renamed to `family`/`style`.
//
// Why: Qt 6.4 writes each embedded font's ToUnicode map from the lowest code point of each glyph,
// and Noto CJK shares glyphs between common ideographs and the Kangxi radicals (工 and ⼯), so the
// PDF's text would copy and search wrongly. A subset whose cmap holds only the drawn code points
// maps every glyph back to the character that was drawn. The tables are read through QRawFont,
// so this works the same for a .ttc face on Linux and a font of the Windows font folder.
Result<QByteArray> subsetFont(const QRawFont& source, const QSet<char32_t>& codePoints, const QString& family,
                              const QString& style);

// The same from the face's file, mapped rather than copied: the fast way when the file is known.
Result<QByteArray> subsetFont(const FontFile& source, const QSet<char32_t>& codePoints, const QString& family,
                              const QString& style);

} // namespace x1::pdf
