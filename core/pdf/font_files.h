#pragma once

#include <QString>

#include <optional>

struct hb_blob_t;

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

// The bytes of a font file as a HarfBuzz blob, mapped by Qt (the blob owns the mapping), or null.
// Not hb_blob_create_from_file(): on Windows it takes UTF-8 but opens at most MAX_PATH
// characters, and a user's own fonts live under C:\Users\<name>\AppData (docs/windows.md).
hb_blob_t* mapFontFile(const QString& path);

} // namespace x1::pdf
