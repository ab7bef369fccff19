#pragma once

#include <QString>

#include <optional>

namespace x1::pdf {

// Where an installed face lives: a font file and, in a collection (.ttc), the face's index.
struct FontFile {
    QString path;
    unsigned faceIndex = 0;
};

// Finds the file of an installed CJK face by its family and weight, among the font folders of the
// system and the user. Qt does not tell a font's file, and reading a 20 MB CFF table through
// QRawFont costs ten times the subsetting itself; a file is mapped instead. Only files whose names
// look like CJK fonts are opened. Nothing found: the caller falls back to QRawFont's tables.
std::optional<FontFile> findFontFile(const QString& family, bool bold);

} // namespace x1::pdf
