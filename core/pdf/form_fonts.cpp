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

} // namespace

Result<std::unique_ptr<FormFonts>> FormFonts::prepare(const QSet<char32_t>& codePoints)
{
    std::unique_ptr<FormFonts> fonts(new FormFonts);
    const std::pair<Face*, QRawFont> roles[] = {{&fonts->m_text, firstInstalled(textCandidates)},
                                                {&fonts->m_heading, firstInstalled(headingCandidates)}};
    for (const auto& [face, source] : roles) {
        if (!source.isValid())
            return Error{QCoreApplication::translate("x1::pdf", "没有可用于 PDF 的中文字体：请安装仿宋、宋体或 Noto Serif CJK SC（fonts-noto-cjk）")};
        face->source = source.familyName();
        face->weight = source.weight();
        face->family = uniqueFamily(face == &fonts->m_text ? "Text" : "Heading");
        const QString style = face->weight >= QFont::DemiBold ? QStringLiteral("Bold") : QStringLiteral("Regular");
        const std::optional<FontFile> file = findFontFile(face->source, face->weight >= QFont::DemiBold);
        if (file)
            face->file = file->path;
        Result<QByteArray> subset = file ? subsetFont(*file, codePoints, face->family, style)
                                         : subsetFont(source, codePoints, face->family, style);
        if (!subset)
            return subset.error();
        const int id = QFontDatabase::addApplicationFontFromData(subset.value());
        if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(face->family))
            return Error{QCoreApplication::translate("x1::pdf", "无法登记为 PDF 裁剪的字体“%1”").arg(face->source)};
        fonts->m_registered << id;
    }
    return fonts;
}

FormFonts::~FormFonts()
{
    for (int id : m_registered)
        QFontDatabase::removeApplicationFont(id);
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

} // namespace x1::pdf
