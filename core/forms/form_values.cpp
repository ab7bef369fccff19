#include "forms/form_values.h"

#include "catalog/catalog.h"
#include "forms/form_text.h"

#include <QRegularExpression>

#include <algorithm>

namespace x1::forms {

namespace {

// Case, width, spaces and bracket style do not matter when matching a certificate's name.
QString matchKey(const QString& text)
{
    QString key = compact(text).toLower();
    key.replace(u'（', u'(').replace(u'）', u')');
    return key;
}

struct NameKey {
    QString key, canonical;
};

QList<NameKey> certificateKeys(const Catalog& catalog)
{
    QList<NameKey> keys;
    for (const CertificateInfo& info : catalog.certificates()) {
        keys << NameKey{matchKey(info.name), info.name};
        for (const QString& alias : info.aliases)
            keys << NameKey{matchKey(alias), info.name};
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const NameKey& a, const NameKey& b) { return a.key.size() > b.key.size(); });
    return keys;
}

} // namespace

bool parseLevels(const QString& text, const Catalog& catalog, QStringList& levels)
{
    QString rest = matchKey(text);
    for (auto it = catalog.levelAliases().begin(); it != catalog.levelAliases().end(); ++it)
        if (it.key().size() > 1)
            rest.replace(matchKey(it.key()), it.value());
    QList<bool> found(catalog.levels().size(), false);
    QString leftover;
    for (const QChar c : rest) {
        bool matched = false;
        for (int i = 0; i < catalog.levels().size(); ++i)
            if (c == catalog.levels()[i].front()) {
                found[i] = matched = true;
            }
        if (!matched && !QStringLiteral("级()-—_、，,;；/／·.+和及与").contains(c))
            leftover += c;
    }
    for (int i = 0; i < catalog.levels().size(); ++i)
        if (found[i] && !levels.contains(catalog.levels()[i]))
            levels << catalog.levels()[i];
    std::sort(levels.begin(), levels.end(), [&](const QString& a, const QString& b) {
        return catalog.levels().indexOf(a) < catalog.levels().indexOf(b);
    });
    return leftover.isEmpty();
}

CertificateCell parseCertificateCell(const QString& text, const Catalog& catalog)
{
    static const QList<NameKey> keys = certificateKeys(catalog);
    CertificateCell cell;
    const QString key = matchKey(text);
    for (const NameKey& name : keys) {
        if (!key.startsWith(name.key))
            continue;
        cell.certificate = name.canonical;
        cell.certificateKnown = true;
        cell.levelsUnderstood = parseLevels(key.mid(name.key.size()), catalog, cell.levels);
        return cell;
    }
    // Unknown name: take a trailing level group off so that the levels still count.
    static const QRegularExpression trailingLevels(
        QStringLiteral("[\\s(（\\-—]*([初中高]级?\\s*([、，,/／和及与\\-]\\s*[初中高]级?\\s*)*)[)）]?\\s*$"));
    const QString clean = cleanCell(text);
    const QRegularExpressionMatch match = trailingLevels.match(clean);
    if (match.hasMatch() && match.capturedStart() > 0) {
        cell.certificate = clean.left(match.capturedStart()).trimmed();
        parseLevels(match.captured(1), catalog, cell.levels);
    } else {
        cell.certificate = clean;
    }
    return cell;
}

bool parseWholeNumber(const QString& text, QString& number)
{
    number = cleanCell(text);
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(\\.0+)?\\s*(人|名|个|人次)?$"));
    const QRegularExpressionMatch match = pattern.match(number);
    if (!match.hasMatch())
        return false;
    number = QString::number(match.captured(1).toLongLong());
    return true;
}

QStringList splitMajors(const QString& text, const Catalog& catalog)
{
    static const QRegularExpression separators(QStringLiteral("[、，,；;/／\\s]+"));
    QStringList majors;
    for (const QString& part : halfWidth(text).split(separators, Qt::SkipEmptyParts)) {
        const QString major = withoutPlaceholder(part.trimmed(), catalog);
        if (!major.isEmpty())
            majors << major;
    }
    return majors;
}

QString canonicalSchoolType(const QString& text, const Catalog& catalog)
{
    const QString key = compact(text);
    if (catalog.schoolTypes().contains(key) || catalog.excludedSchoolTypes().contains(key))
        return key;
    return catalog.schoolTypeAliases().value(key);
}

QString withoutPlaceholder(const QString& cleanText, const Catalog& catalog)
{
    return catalog.placeholders().contains(cleanText) ? QString() : cleanText;
}

} // namespace x1::forms
