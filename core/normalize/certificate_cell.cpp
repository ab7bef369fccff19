#include "normalize/certificate_cell.h"

#include "catalog/catalog.h"
#include "normalize/text.h"

#include <algorithm>
#include <optional>

namespace x1 {

namespace {

const QString& levelSeparators()
{
    static const QString separators = QStringLiteral("、，,/／;；和及与至到~～-－—+＋ ");
    return separators;
}

bool isLevelChar(QChar c)
{
    return c == u'初' || c == u'中' || c == u'高' || c == u'级';
}

// The comparison key of a certificate spelling: no spaces, Chinese brackets, lower case.
QString certificateKey(QStringView text)
{
    QString key = normalizeName(text);
    key.remove(u' ');
    return key.toLower();
}

// Where a trailing level part starts ("…（初级、中级）", "…-中级", "… 初、中级"), or -1.
qsizetype levelSuffixStart(const QString& text, const Catalog& catalog)
{
    // A closing bracket whose content is only levels.
    if (text.endsWith(u'）')) {
        const qsizetype open = text.lastIndexOf(u'（');
        if (open > 0) {
            const QStringView inner = QStringView(text).mid(open + 1, text.size() - open - 2);
            const QStringList levels = parseLevels(inner, catalog);
            if (!levels.isEmpty() && std::all_of(levels.begin(), levels.end(),
                                                 [&](const QString& l) { return catalog.levels().contains(l); }))
                return open;
        }
    }
    // A run of level characters and separators that starts with 初, 中 or 高.
    qsizetype start = text.size();
    while (start > 0 && (isLevelChar(text[start - 1]) || levelSeparators().contains(text[start - 1])))
        --start;
    while (start < text.size() && !(isLevelChar(text[start]) && text[start] != u'级'))
        ++start;
    return start < text.size() && start > 0 ? start : -1;
}

QString trimSeparators(const QString& text)
{
    static const QString marks = QStringLiteral(" -－—:：、，,/／");
    qsizetype begin = 0, end = text.size();
    while (begin < end && marks.contains(text[begin]))
        ++begin;
    while (end > begin && marks.contains(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace

QStringList parseLevels(QStringView text, const Catalog& catalog)
{
    QStringList known, unknown;
    const auto take = [&](const QString& part) {
        if (part.isEmpty())
            return;
        QString level = catalog.levels().contains(part) ? part : catalog.levelAliases().value(part);
        if (!level.isEmpty()) {
            known << level;
            return;
        }
        // "初中级", "中高级", "中级高级": several levels written together.
        QString bare = part;
        bare.remove(u'级');
        const bool allLevelChars = !bare.isEmpty() && std::all_of(bare.begin(), bare.end(), [](QChar c) {
            return c == u'初' || c == u'中' || c == u'高';
        });
        if (allLevelChars) {
            for (const QChar c : bare)
                known << catalog.levelAliases().value(QString(c));
        } else {
            unknown << part;
        }
    };
    QString part;
    const QString cleaned = normalizeText(text);
    for (const QChar c : cleaned) {
        if (levelSeparators().contains(c) || c == u'（' || c == u'）' || c == u'(' || c == u')') {
            take(part);
            part.clear();
        } else {
            part += c;
        }
    }
    take(part);

    QStringList levels;
    const bool range = cleaned.contains(u'至') || cleaned.contains(u'到') || cleaned.contains(u'~')
        || cleaned.contains(u'～');
    for (qsizetype i = 0; i < catalog.levels().size(); ++i) {
        const QString& level = catalog.levels()[i];
        const bool inRange = range && known.size() >= 2
            && i > catalog.levels().indexOf(known.first()) && i < catalog.levels().indexOf(known.last());
        if (known.contains(level) || inRange)
            levels << level;
    }
    unknown.removeDuplicates();
    return levels + unknown;
}

QStringList parseLevels(QStringView text)
{
    return parseLevels(text, Catalog::builtIn());
}

CertificateNames::CertificateNames(const Catalog& catalog)
{
    for (const CertificateInfo& info : catalog.certificates()) {
        m_byKey.insert(certificateKey(info.name), info.name);
        for (const QString& alias : info.aliases)
            m_byKey.insert(certificateKey(alias), info.name);
    }
}

QString CertificateNames::canonical(QStringView text) const
{
    QString key = certificateKey(text);
    if (const auto it = m_byKey.find(key); it != m_byKey.end())
        return *it;
    for (const QStringView suffix : {QStringView(u"职业技能等级证书"), QStringView(u"等级证书"), QStringView(u"证书")}) {
        if (key.endsWith(suffix)) {
            key.chop(suffix.size());
            return m_byKey.value(key);
        }
    }
    return {};
}

QPair<QString, qsizetype> CertificateNames::longestPrefix(QStringView text) const
{
    const QString key = certificateKey(text);
    QPair<QString, qsizetype> best{QString(), 0};
    for (auto it = m_byKey.begin(); it != m_byKey.end(); ++it) {
        if (it.key().size() > best.second && key.startsWith(it.key()))
            best = {it.value(), it.key().size()};
    }
    return best;
}

const CertificateNames& CertificateNames::builtIn()
{
    static const CertificateNames names(Catalog::builtIn());
    return names;
}

QString canonicalCertificate(QStringView text, const Catalog& catalog)
{
    if (&catalog == &Catalog::builtIn())
        return CertificateNames::builtIn().canonical(text);
    return CertificateNames(catalog).canonical(text);
}

QString canonicalCertificate(QStringView text)
{
    return canonicalCertificate(text, Catalog::builtIn());
}

CertificateCell parseCertificateCell(QStringView text, const Catalog& catalog)
{
    CertificateCell cell;
    const QString name = cleanName(text, catalog);
    if (name.isEmpty())
        return cell;
    std::optional<CertificateNames> own;
    const CertificateNames& names
        = &catalog == &Catalog::builtIn() ? CertificateNames::builtIn() : own.emplace(catalog);
    // The whole cell may be a name (建筑信息模型（BIM）ends with a bracket that is not a level).
    if (QString whole = names.canonical(name); !whole.isEmpty()) {
        cell.certificate = whole;
        cell.recognised = true;
        return cell;
    }
    const qsizetype split = levelSuffixStart(name, catalog);
    const QString namePart = trimSeparators(split < 0 ? name : name.left(split));
    if (split >= 0)
        cell.levels = parseLevels(QStringView(name).mid(split), catalog);
    cell.certificate = names.canonical(namePart);
    cell.recognised = !cell.certificate.isEmpty();
    if (cell.recognised)
        return cell;
    // A known name, then a bracket or a separator, then something that is not a level.
    QString compact = name;
    compact.remove(u' ');
    const auto [prefixName, length] = names.longestPrefix(compact);
    static const QString openers = QStringLiteral("（-－—:：、，,/ ");
    if (!prefixName.isEmpty() && length < compact.size() && openers.contains(compact[length])) {
        return CertificateCell{prefixName, parseLevels(QStringView(compact).mid(length), catalog), true};
    }
    cell.certificate = namePart;
    return cell;
}

CertificateCell parseCertificateCell(QStringView text)
{
    return parseCertificateCell(text, Catalog::builtIn());
}

} // namespace x1
