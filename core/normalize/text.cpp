#include "normalize/text.h"

#include "catalog/catalog.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <cmath>

namespace x1 {

namespace {

bool isInvisible(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD;
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// QChar::isSpace without the table look-up for the Chinese text that is most of what we scan.
bool isWhiteSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    if (u < 0x2000)
        return u == 0x85 || u == 0xA0 || u == 0x1680;
    return u <= 0x200A || u == 0x2028 || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000;
}

bool isDashOrSlash(char16_t c)
{
    switch (c) {
    case u'-': case u'—': case u'–': case u'－': case u'/': case u'／': case u'\\': case u'、': case u'_':
        return true;
    default:
        return false;
    }
}

bool isOnlyDashesAndSlashes(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isDashOrSlash(c.unicode()) && !isWhiteSpace(c))
            return false;
    }
    return true;
}

// Lower case for ASCII letters (full-width ones included); other characters as they are.
char16_t foldedAscii(char16_t c)
{
    if (c >= 0xFF21 && c <= 0xFF3A)
        c = char16_t(c - 0xFEE0);
    else if (c >= 0xFF41 && c <= 0xFF5A)
        return char16_t(c - 0xFEE0);
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

bool isFullWidthAlnum(char16_t u)
{
    return (u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A);
}

// Full-width digits and Latin letters (U+FF10…FF19, FF21…FF3A, FF41…FF5A) as ASCII.
QChar halfWidthAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return isFullWidthAlnum(u) ? QChar(char16_t(u - 0xFEE0)) : c;
}

bool isMajorSeparator(QChar c)
{
    static const QString separators = QStringLiteral("、，,；;/／\n\r\t|｜");
    return separators.contains(c);
}

} // namespace

QString normalizeText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isInvisible(c.unicode()))
            continue;
        if (isWhiteSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        out += halfWidthAlnum(c);
    }
    return out;
}

QString normalizeName(QStringView text)
{
    const QString spaced = normalizeText(text);
    QString out;
    out.reserve(spaced.size());
    for (qsizetype i = 0; i < spaced.size(); ++i) {
        const QChar c = spaced[i];
        if (c == u' ') {
            // normalizeText left single inner spaces only: keep those between two Latin words.
            if (isAsciiAlnum(spaced[i - 1]) && isAsciiAlnum(spaced[i + 1]))
                out += c;
        } else if (c == u'(') {
            out += u'（';
        } else if (c == u')') {
            out += u'）';
        } else {
            out += c;
        }
    }
    return out;
}

bool isNormalizedText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isInvisible(c.unicode()) || isFullWidthAlnum(c.unicode()))
            return false;
        if (isWhiteSpace(c)
            && (c != u' ' || i == 0 || i + 1 == text.size() || text[i + 1] == u' '))
            return false;
    }
    return true;
}

bool isNormalizedName(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isInvisible(c.unicode()) || isFullWidthAlnum(c.unicode()) || c == u'(' || c == u')')
            return false;
        if (isWhiteSpace(c)
            && (c != u' ' || i == 0 || i + 1 == text.size() || !isAsciiAlnum(text[i - 1]) || !isAsciiAlnum(text[i + 1])))
            return false;
    }
    return true;
}

bool isPlaceholder(QStringView text, const Catalog& catalog)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    // Judged on the normalised text: a soft hyphen or a zero-width space must not hide a "-".
    const QString cleaned = isNormalizedText(trimmed) ? QString() : normalizeText(trimmed);
    const QStringView value = cleaned.isNull() ? trimmed : QStringView(cleaned);
    if (value.isEmpty())
        return false;
    // Nearly every value differs from every placeholder in its first character: check that first.
    const char16_t first = foldedAscii(value.front().unicode());
    const bool candidate = std::any_of(catalog.placeholders().begin(), catalog.placeholders().end(), [first](const QString& p) {
        return !p.isEmpty() && foldedAscii(p.front().unicode()) == first;
    });
    if (candidate) {
        for (const QString& placeholder : catalog.placeholders()) {
            if (placeholder.size() == value.size() && value.compare(placeholder, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return isOnlyDashesAndSlashes(value);
}

bool isPlaceholder(QStringView text)
{
    return isPlaceholder(text, Catalog::builtIn());
}

QString cleanCell(QStringView text, const Catalog& catalog)
{
    return isPlaceholder(text, catalog) ? QString() : normalizeText(text);
}

QString cleanCell(QStringView text)
{
    return cleanCell(text, Catalog::builtIn());
}

QString cleanName(QStringView text, const Catalog& catalog)
{
    return isPlaceholder(text, catalog) ? QString() : normalizeName(text);
}

QString cleanName(QStringView text)
{
    return cleanName(text, Catalog::builtIn());
}

QStringList splitMajors(QStringView text, const Catalog& catalog)
{
    QStringList majors;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isMajorSeparator(text[i]))
            continue;
        const QString major = cleanName(text.mid(start, i - start), catalog);
        if (!major.isEmpty() && !majors.contains(major))
            majors << major;
        start = i + 1;
    }
    return majors;
}

QStringList splitMajors(QStringView text)
{
    return splitMajors(text, Catalog::builtIn());
}

std::optional<int> parseStudents(QStringView text)
{
    // The usual case first: plain ASCII digits.
    if (!text.isEmpty() && text.size() <= 9
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        int value = 0;
        for (const QChar c : text)
            value = value * 10 + (c.unicode() - u'0');
        return value;
    }
    QString digits = normalizeText(text);
    digits.remove(u' ');
    for (const QStringView unit : {QStringView(u"人次"), QStringView(u"人"), QStringView(u"名")}) {
        if (digits.endsWith(unit)) {
            digits.chop(unit.size());
            break;
        }
    }
    if (digits.isEmpty())
        return std::nullopt;
    // Thousands separators: 1,200 or 12,000 (never a list such as "1,2").
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+$"));
    if (grouped.match(digits).hasMatch())
        digits.remove(u',');
    bool ok = false;
    if (const int plain = digits.toInt(&ok); ok)
        return plain;
    const qlonglong whole = digits.toLongLong(&ok);
    if (ok)
        return whole >= INT_MIN && whole <= INT_MAX ? std::optional<int>(int(whole)) : std::nullopt;
    // Spreadsheet numbers: 120.0, 1.2E2.
    static const QRegularExpression numeric(QStringLiteral("^-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$"));
    if (!numeric.match(digits).hasMatch())
        return std::nullopt;
    const double value = digits.toDouble(&ok);
    if (!ok || value != std::floor(value) || value < INT_MIN || value > INT_MAX)
        return std::nullopt;
    return int(value);
}

QString normalizeStudents(QStringView text)
{
    if (isPlaceholder(text))
        return {};
    if (const std::optional<int> count = parseStudents(text))
        return QString::number(*count);
    return normalizeText(text);
}

QString schoolNameKey(QStringView name)
{
    QString key = normalizeName(name);
    key.remove(u' ');
    return key.toLower();
}

} // namespace x1
