#include "normalize/text.h"

#include "catalog/catalog.h"

#include <QRegularExpression>

#include <climits>
#include <cmath>

namespace x1 {

namespace {

bool isInvisible(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD;
}

// Full-width digits and Latin letters (U+FF10…FF19, FF21…FF3A, FF41…FF5A) as ASCII.
QChar halfWidthAlnum(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

bool isOnlyDashesAndSlashes(QStringView text)
{
    static const QString marks = QStringLiteral("-—–－/／\\、_ ");
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!marks.contains(c))
            return false;
    }
    return true;
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
        if (c.isSpace()) {
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

bool isPlaceholder(QStringView text, const Catalog& catalog)
{
    const QString cleaned = normalizeText(text);
    if (cleaned.isEmpty())
        return false;
    for (const QString& placeholder : catalog.placeholders()) {
        if (cleaned.compare(placeholder, Qt::CaseInsensitive) == 0)
            return true;
    }
    return isOnlyDashesAndSlashes(cleaned);
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
