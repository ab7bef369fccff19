#include "pdf/font_subset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <hb-subset.h>
#include <hb.h>

#include <memory>

namespace x1::pdf {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("x1::pdf", text);
}

template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
    void operator()(T* object) const { Destroy(object); }
};
using Face = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using Blob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using SubsetInput = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;

// The tables a font needs to draw glyphs. The layout tables (GSUB, GPOS, GDEF, BASE) are left out:
// the form needs no ligatures or vertical forms, and subsetting them is most of hb-subset's time.
constexpr const char* layoutTables[] = {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "DSIG"};
constexpr const char* drawingTables[] = {"cmap", "head", "hhea", "hmtx", "maxp", "OS/2", "post", "CFF ", "CFF2",
                                         "glyf", "loca", "cvt ", "fpgm", "prep", "gasp", "vhea", "vmtx", "VORG"};

hb_tag_t tagOf(const char* text)
{
    return hb_tag_from_string(text, 4);
}

Blob blobOf(const QByteArray& bytes)
{
    // HarfBuzz copies nothing: the blob keeps its own copy of the QByteArray alive.
    auto* copy = new QByteArray(bytes);
    return Blob(hb_blob_create(copy->constData(), static_cast<unsigned>(copy->size()), HB_MEMORY_MODE_READONLY, copy,
                               [](void* data) { delete static_cast<QByteArray*>(data); }));
}

QByteArray bytesOf(hb_blob_t* blob)
{
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    return QByteArray(data, static_cast<qsizetype>(length));
}

// A face made of the source's drawing tables, as QRawFont hands them out.
Face faceFromRawFont(const QRawFont& source)
{
    Face builder(hb_face_builder_create());
    for (const char* tag : drawingTables) {
        const QByteArray table = source.fontTable(tag);
        if (!table.isEmpty())
            hb_face_builder_add_table(builder.get(), tagOf(tag), blobOf(table).get());
    }
    Blob font(hb_face_reference_blob(builder.get()));
    return Face(hb_face_create(font.get(), 0));
}

void appendBigEndian(QByteArray& out, quint16 value)
{
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value & 0xff));
}

// A 'name' table (format 0) with the Windows Unicode records a font database reads.
QByteArray nameTable(const QString& family, const QString& style)
{
    const QString postScript = QString(family + u'-' + style).remove(u' ');
    const QList<std::pair<quint16, QString>> names = {
        {1, family}, {2, style}, {3, postScript}, {4, family + u' ' + style}, {6, postScript}};
    QByteArray records;
    QByteArray strings;
    for (const auto& [id, text] : names) {
        appendBigEndian(records, 3);      // platform: Windows
        appendBigEndian(records, 1);      // encoding: Unicode BMP
        appendBigEndian(records, 0x0409); // language: en-US
        appendBigEndian(records, id);
        appendBigEndian(records, static_cast<quint16>(text.size() * 2));
        appendBigEndian(records, static_cast<quint16>(strings.size()));
        for (QChar c : text)
            appendBigEndian(strings, c.unicode());
    }
    QByteArray table;
    appendBigEndian(table, 0);
    appendBigEndian(table, static_cast<quint16>(names.size()));
    appendBigEndian(table, static_cast<quint16>(6 + records.size()));
    return table + records + strings;
}

// The subset again, with its own name so that it cannot be confused with the installed font.
QByteArray renamed(hb_face_t* subset, const QString& family, const QString& style)
{
    Blob serialized(hb_face_reference_blob(subset));
    Face face(hb_face_create(serialized.get(), 0));
    Face builder(hb_face_builder_create());
    hb_tag_t tags[64];
    unsigned count = 64;
    hb_face_get_table_tags(face.get(), 0, &count, tags);
    for (unsigned i = 0; i < count; ++i) {
        if (tags[i] == tagOf("name"))
            continue;
        Blob table(hb_face_reference_table(face.get(), tags[i]));
        hb_face_builder_add_table(builder.get(), tags[i], table.get());
    }
    hb_face_builder_add_table(builder.get(), tagOf("name"), blobOf(nameTable(family, style)).get());
    Blob result(hb_face_reference_blob(builder.get()));
    return bytesOf(result.get());
}

// Subsets `face` to `codePoints` without its layout tables, and renames it.
Result<QByteArray> subsetFace(hb_face_t* face, const QSet<char32_t>& codePoints, const QString& family,
                              const QString& style, const QString& sourceName)
{
    SubsetInput input(hb_subset_input_create_or_fail());
    if (!face || !input)
        return Error{tr("无法读取字体“%1”").arg(sourceName)};
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    for (char32_t codePoint : codePoints)
        hb_set_add(unicodes, codePoint);
    hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag : layoutTables)
        hb_set_add(dropped, tagOf(tag));
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_DESUBROUTINIZE);
    Face subset(hb_subset_or_fail(face, input.get()));
    if (!subset)
        return Error{tr("无法为 PDF 裁剪字体“%1”").arg(sourceName)};
    return renamed(subset.get(), family, style);
}

} // namespace

Result<QByteArray> subsetFont(const QRawFont& source, const QSet<char32_t>& codePoints, const QString& family,
                              const QString& style)
{
    if (!source.isValid())
        return Error{tr("找不到可用于 PDF 的字体“%1”").arg(source.familyName())};
    Face face = faceFromRawFont(source);
    return subsetFace(face.get(), codePoints, family, style, source.familyName());
}

Result<QByteArray> subsetFont(const FontFile& source, const QSet<char32_t>& codePoints, const QString& family,
                              const QString& style)
{
    Blob blob(mapFontFile(source.path));
    if (!blob)
        return Error{tr("无法读取字体文件 %1").arg(QDir::toNativeSeparators(source.path))};
    Face face(hb_face_create(blob.get(), source.faceIndex));
    return subsetFace(face.get(), codePoints, family, style, QDir::toNativeSeparators(source.path));
}

} // namespace x1::pdf
