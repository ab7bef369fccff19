#include "pdf/font_files.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>
#include <QStringList>

#include <hb-ot.h>
#include <hb.h>

#include <limits>
#include <memory>

namespace x1::pdf {

namespace {

// Lower-case pieces of the file names of the fonts the form uses (fonts-noto-cjk, Windows).
bool looksLikeCjkFont(const QString& fileName)
{
    const QString name = fileName.toLower();
    if (!name.endsWith(u".ttc") && !name.endsWith(u".ttf") && !name.endsWith(u".otf") && !name.endsWith(u".otc"))
        return false;
    for (const char* piece : {"cjk", "simfang", "simsun", "simhei", "fangsong", "fzxbs", "xiaobiaosong", "stfangso",
                              "stsong"}) {
        if (name.contains(QLatin1StringView(piece)))
            return true;
    }
    return false;
}

QStringList candidateFiles()
{
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::FontsLocation);
    folders << QStringLiteral("/usr/share/fonts") << QStringLiteral("/usr/local/share/fonts");
#ifdef Q_OS_WIN
    // The system's fonts, then those a user without administrator rights installed for himself.
    folders << qEnvironmentVariable("WINDIR", QStringLiteral("C:/Windows")) + QStringLiteral("/Fonts");
    folders << QDir::fromNativeSeparators(qEnvironmentVariable("LOCALAPPDATA")) + QStringLiteral("/Microsoft/Windows/Fonts");
#endif
    folders.removeDuplicates();
    QStringList files;
    for (const QString& folder : folders) {
        for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
             it.hasNext();) {
            const QString path = it.next();
            if (looksLikeCjkFont(it.fileName()) && !files.contains(path))
                files << path;
        }
    }
    return files;
}

QStringList namesOf(hb_face_t* face, hb_ot_name_id_t id)
{
    QStringList names;
    unsigned count = 0;
    const hb_ot_name_entry_t* entries = hb_ot_name_list_names(face, &count);
    for (unsigned i = 0; i < count; ++i) {
        if (entries[i].name_id != id)
            continue;
        char16_t buffer[128];
        unsigned length = 128;
        hb_ot_name_get_utf16(face, id, entries[i].language, &length, reinterpret_cast<uint16_t*>(buffer));
        names << QString::fromUtf16(buffer, length);
    }
    return names;
}

bool isBold(hb_face_t* face)
{
    const QStringList styles = namesOf(face, HB_OT_NAME_ID_FONT_SUBFAMILY);
    return styles.contains(QStringLiteral("Bold"), Qt::CaseInsensitive);
}

bool hasFamily(hb_face_t* face, const QString& family)
{
    return namesOf(face, HB_OT_NAME_ID_FONT_FAMILY).contains(family, Qt::CaseInsensitive)
           || namesOf(face, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY).contains(family, Qt::CaseInsensitive);
}

std::optional<FontFile> search(const QString& family, bool bold)
{
    static const QStringList files = candidateFiles();
    for (const QString& path : files) {
        hb_blob_t* blob = mapFontFile(path);
        if (!blob)
            continue;
        const unsigned faces = hb_face_count(blob);
        std::optional<FontFile> found;
        for (unsigned index = 0; index < faces && !found; ++index) {
            hb_face_t* face = hb_face_create(blob, index);
            if (hasFamily(face, family) && isBold(face) == bold)
                found = FontFile{path, index};
            hb_face_destroy(face);
        }
        hb_blob_destroy(blob);
        if (found)
            return found;
    }
    return std::nullopt;
}

} // namespace

hb_blob_t* mapFontFile(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly) || file->size() <= 0 || file->size() > std::numeric_limits<int>::max())
        return nullptr;
    const uchar* data = file->map(0, file->size());
    if (!data)
        return nullptr;
    const auto length = static_cast<unsigned>(file->size());
    // From here the blob owns the file: its destroy function (called on failure too) closes it.
    return hb_blob_create_or_fail(reinterpret_cast<const char*>(data), length, HB_MEMORY_MODE_READONLY,
                                  file.release(), [](void* owner) { delete static_cast<QFile*>(owner); });
}

std::optional<FontFile> findFontFile(const QString& family, bool bold)
{
    static QMutex mutex;
    static QHash<QString, std::optional<FontFile>> found;
    const QMutexLocker lock(&mutex);
    const QString key = family + (bold ? u'B' : u'R');
    if (!found.contains(key))
        found.insert(key, search(family, bold));
    return found.value(key);
}

} // namespace x1::pdf
