#include "pdf/form_fonts.h"

#include "pdf/font_files.h"
#include "pdf/font_subset.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>

#include <atomic>

namespace x1::pdf {

namespace {

struct Candidate {
    const char16_t* family;
    QFont::Weight weight;
};

// In order of preference: the fonts of the official forms on a Chinese Windows PC, then the fonts
// of fonts-noto-cjk.
constexpr Candidate textCandidates[] = {
    {u"FangSong", QFont::Normal}, {u"仿宋", QFont::Normal},       {u"仿宋_GB2312", QFont::Normal},
    {u"SimSun", QFont::Normal},   {u"宋体", QFont::Normal},       {u"Noto Serif CJK SC", QFont::Normal},
    {u"Noto Sans CJK SC", QFont::Normal}};
constexpr Candidate headingCandidates[] = {{u"SimHei", QFont::Normal},
                                           {u"黑体", QFont::Normal},
                                           {u"Noto Serif CJK SC", QFont::Bold},
                                           {u"Noto Sans CJK SC", QFont::Bold},
                                           {u"Noto Serif CJK SC", QFont::Normal},
                                           {u"Noto Sans CJK SC", QFont::Normal}};

QRawFont installed(const Candidate& candidate)
{
    const QString family = QString::fromUtf16(candidate.family);
    if (!QFontDatabase::families().contains(family))
        return {};
    QFont font(family);
    font.setPixelSize(32);
    font.setWeight(candidate.weight);
    font.setStyleStrategy(QFont::NoFontMerging);
    QRawFont raw = QRawFont::fromFont(font);
    // A font database may answer with a substitute: take only the family asked for, with CJK.
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0 || !raw.supportsCharacter(U'中'))
        return {};
    if (candidate.weight >= QFont::Bold && raw.weight() < QFont::DemiBold)
        return {};
    return raw;
}

template <std::size_t N>
QRawFont firstInstalled(const Candidate (&candidates)[N])
{
    for (const Candidate& candidate : candidates) {
        if (QRawFont raw = installed(candidate); raw.isValid())
            return raw;
    }
    return {};
}

QString uniqueFamily(const char* role)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("X1 Form %1 %2").arg(QLatin1StringView(role)).arg(++counter);
}

// Fonts that hold rare characters, in order of preference: on Windows the Ext-B companions of
// SimSun and MingLiU, then the families of fonts-noto-cjk and other common CJK fonts.
constexpr const char16_t* fallbackFamilies[] = {
    u"SimSun-ExtB",         u"SimSun-ExtG",        u"MingLiU-ExtB",       u"PMingLiU-ExtB",
    u"Microsoft YaHei",     u"Noto Serif CJK SC",  u"Noto Sans CJK SC",   u"Noto Serif CJK TC",
    u"Noto Sans CJK TC",    u"Noto Sans CJK HK",   u"Noto Sans CJK JP",   u"Noto Serif CJK JP",
    u"Source Han Serif SC", u"Source Han Sans SC", u"WenQuanYi Zen Hei",  u"AR PL UMing CN",
    u"HanaMinA",            u"HanaMinB",           u"Jigmo",              u"Jigmo2"};

QStringList fallbackCandidates()
{
    QStringList families;
    for (const char16_t* family : fallbackFamilies)
        families << QString::fromUtf16(family);
    // Then any other installed font for Chinese.
    for (QFontDatabase::WritingSystem system : {QFontDatabase::SimplifiedChinese, QFontDatabase::TraditionalChinese})
        families << QFontDatabase::families(system);
    families.removeDuplicates();
    return families;
}

QRawFont installedFallback(const QString& family)
{
    if (!QFontDatabase::families().contains(family))
        return {};
    QFont font(family);
    font.setPixelSize(32);
    font.setStyleStrategy(QFont::NoFontMerging);
    QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
        return {};
    return raw;
}

// The characters worth a fallback: the face lacks them and they are drawn (not controls).
QSet<char32_t> lackedBy(const QRawFont& face, const QSet<char32_t>& codePoints)
{
    QSet<char32_t> lacked;
    for (char32_t c : codePoints) {
        if (c >= 0x20 && !face.supportsCharacter(c))
            lacked.insert(c);
    }
    return lacked;
}

} // namespace

Status FormFonts::add(Face& face, const QRawFont& source, const QSet<char32_t>& codePoints, const char* role)
{
    face.source = source.familyName();
    face.weight = source.weight();
    face.family = uniqueFamily(role);
    const QString style = face.weight >= QFont::DemiBold ? QStringLiteral("Bold") : QStringLiteral("Regular");
    const std::optional<FontFile> file = findFontFile(face.source, face.weight >= QFont::DemiBold);
    if (file)
        face.file = file->path;
    Result<QByteArray> subset = file ? subsetFont(*file, codePoints, face.family, style)
                                     : subsetFont(source, codePoints, face.family, style);
    if (!subset)
        return subset.error();
    const int id = QFontDatabase::addApplicationFontFromData(subset.value());
    if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(face.family))
        return Error{QCoreApplication::translate("x1::pdf", "无法登记为 PDF 裁剪的字体“%1”").arg(face.source)};
    m_registered << id;
    return {};
}

Status FormFonts::addFallbacks(const QRawFont& source, const QSet<char32_t>& codePoints, QList<Face>& fallbacks)
{
    QSet<char32_t> lacked = lackedBy(source, codePoints);
    if (lacked.isEmpty())
        return {};
    static const QStringList candidates = fallbackCandidates();
    for (const QString& family : candidates) {
        if (family.compare(source.familyName(), Qt::CaseInsensitive) == 0)
            continue;
        const QRawFont fallback = installedFallback(family);
        if (!fallback.isValid())
            continue;
        QSet<char32_t> found;
        for (char32_t c : std::as_const(lacked)) {
            if (fallback.supportsCharacter(c))
                found.insert(c);
        }
        if (found.isEmpty())
            continue;
        Face face;
        if (Status added = add(face, fallback, found, "Fallback"); !added)
            continue; // a font that cannot be subset: the next one may hold the characters
        fallbacks << face;
        lacked -= found;
        if (lacked.isEmpty())
            break;
    }
    m_missing += lacked;
    return {};
}

Result<std::unique_ptr<FormFonts>> FormFonts::prepare(const QSet<char32_t>& codePoints)
{
    std::unique_ptr<FormFonts> fonts(new FormFonts);
    const QRawFont text = firstInstalled(textCandidates);
    const QRawFont heading = firstInstalled(headingCandidates);
    if (!text.isValid() || !heading.isValid())
        return Error{QCoreApplication::translate("x1::pdf", "没有可用于 PDF 的中文字体：请安装仿宋、宋体或 Noto Serif CJK SC（fonts-noto-cjk）")};
    if (Status added = fonts->add(fonts->m_text, text, codePoints, "Text"); !added)
        return added.error();
    if (Status added = fonts->add(fonts->m_heading, heading, codePoints, "Heading"); !added)
        return added.error();
    if (Status added = fonts->addFallbacks(text, codePoints, fonts->m_textFallbacks); !added)
        return added.error();
    if (Status added = fonts->addFallbacks(heading, codePoints, fonts->m_headingFallbacks); !added)
        return added.error();
    return fonts;
}

FormFonts::~FormFonts()
{
    for (int id : m_registered)
        QFontDatabase::removeApplicationFont(id);
}

QStringList FormFonts::fallbackSources() const
{
    QStringList sources;
    for (const Face& face : m_textFallbacks + m_headingFallbacks)
        sources << face.source;
    sources.removeDuplicates();
    return sources;
}

QRawFont FormFonts::rawFont(const Face& face, qreal pixelSize)
{
    QFont font(face.family);
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setWeight(QFont::Weight(face.weight));
    font.setStyleStrategy(QFont::NoFontMerging);
    QRawFont raw = QRawFont::fromFont(font);
    raw.setPixelSize(pixelSize);
    return raw;
}

QList<QRawFont> FormFonts::rawFonts(const Face& face, const QList<Face>& fallbacks, qreal pixelSize)
{
    QList<QRawFont> fonts{rawFont(face, pixelSize)};
    for (const Face& fallback : fallbacks)
        fonts << rawFont(fallback, pixelSize);
    return fonts;
}

} // namespace x1::pdf
