// The PDF's fonts are subsets holding exactly the characters drawn, so that Qt's ToUnicode map
// cannot send 工 to the Kangxi radical ⼯ (TOOLCHAIN.md).
#include "support/catch.h"

#include "pdf/font_files.h"
#include "pdf/font_subset.h"

#include <QFont>
#include <QFontDatabase>

using namespace x1;

namespace {

QRawFont installedNotoSerif()
{
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPixelSize(20);
    return QRawFont::fromFont(font);
}

// Registers the subset, checks which characters it holds, and removes it again.
void checkHoldsExactly(const QByteArray& subset, const QString& family)
{
    const int id = QFontDatabase::addApplicationFontFromData(subset);
    REQUIRE(id >= 0);
    CHECK(QFontDatabase::applicationFontFamilies(id) == QStringList{family});
    QFont font(family);
    font.setPixelSize(20);
    const QRawFont raw = QRawFont::fromFont(font);
    CHECK(raw.familyName() == family);
    for (char32_t drawn : {U'工', U'广', U'生', U'车', U'1', U'—'})
        CHECK(raw.supportsCharacter(drawn));
    for (char32_t absent : {U'\u2f2f', U'\u2f34', U'\u2f63', U'\u2ecb', U'中', U'2'})
        CHECK_FALSE(raw.supportsCharacter(absent));
    QFontDatabase::removeApplicationFont(id);
}

const QSet<char32_t> drawn = {U'工', U'广', U'生', U'车', U'1', U'—', U' '};

} // namespace

TEST_CASE("a subset read through QRawFont holds exactly the drawn characters, under its own name", "[pdf][fonts]")
{
    const QRawFont source = installedNotoSerif();
    REQUIRE(source.familyName() == QStringLiteral("Noto Serif CJK SC"));
    const Result<QByteArray> subset = pdf::subsetFont(source, drawn, QStringLiteral("X1 Test Raw"), QStringLiteral("Regular"));
    REQUIRE(subset.ok());
    CHECK(subset->size() < 100 * 1024);
    checkHoldsExactly(subset.value(), QStringLiteral("X1 Test Raw"));
}

TEST_CASE("a subset read from the font's file holds exactly the drawn characters", "[pdf][fonts]")
{
    const std::optional<pdf::FontFile> file = pdf::findFontFile(QStringLiteral("Noto Serif CJK SC"), false);
    REQUIRE(file.has_value());
    CHECK(file->path.endsWith(QStringLiteral("NotoSerifCJK-Regular.ttc")));
    CHECK(pdf::findFontFile(QStringLiteral("Noto Serif CJK SC"), true)->path.endsWith(QStringLiteral("NotoSerifCJK-Bold.ttc")));
    CHECK_FALSE(pdf::findFontFile(QStringLiteral("No Such Family"), false).has_value());

    const Result<QByteArray> subset = pdf::subsetFont(*file, drawn, QStringLiteral("X1 Test File"), QStringLiteral("Regular"));
    REQUIRE(subset.ok());
    checkHoldsExactly(subset.value(), QStringLiteral("X1 Test File"));
}
