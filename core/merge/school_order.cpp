#include "merge/school_order.h"

#include "catalog/catalog.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <vector>

namespace x1 {

namespace {

// Position + 1 of each UTF-16 code unit in the pinyin order, 0 when not listed.
const std::vector<quint16>& pinyinRanks()
{
    static const std::vector<quint16> ranks = [] {
        std::vector<quint16> table(0x10000, 0);
        QFile file(QStringLiteral(":/catalog/pinyin_order.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return table;
        quint16 rank = 0;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith('#'))
                continue;
            for (QChar c : QString::fromUtf8(line)) {
                if (table[c.unicode()] == 0)
                    table[c.unicode()] = ++rank;
            }
        }
        return table;
    }();
    return ranks;
}

int typeOrder(const QString& type)
{
    static const QStringList order = {QStringLiteral("高职"), QStringLiteral("中职"),
                                      QStringLiteral("本科层次职业教育试点学校"), QStringLiteral("应用型本科")};
    const qsizetype index = order.indexOf(type);
    return index < 0 ? 9 : int(index);
}

} // namespace

QString pinyinKey(const QString& name)
{
    const std::vector<quint16>& ranks = pinyinRanks();
    QString key;
    key.reserve(name.size() * 5);
    for (QChar c : name) {
        if (c.isSpace())
            continue;
        const quint16 rank = ranks[c.unicode()];
        const uint weight = rank != 0 ? rank : 0x10000u + c.unicode();
        key += QString::number(weight, 16).rightJustified(5, u'0');
    }
    return key;
}

QString schoolSortKey(const School& school, const Catalog& catalog)
{
    const int city = catalog.cityOrder(catalog.canonicalCity(school.city));
    return QStringLiteral("%1|%2|").arg(city < 0 ? 99 : city, 2, 10, QLatin1Char('0')).arg(typeOrder(school.type))
        + pinyinKey(school.name);
}

void sortSchools(QList<School>& schools, const QList<Source>& sources, const Catalog& catalog)
{
    QHash<int, QString> shaOf;
    for (const Source& source : sources)
        shaOf.insert(source.id, source.sha256);
    for (School& school : schools) {
        if (school.sortKey.isEmpty())
            school.sortKey = schoolSortKey(school, catalog);
    }
    // The versions of a school in conflict stay together, where the first of them belongs.
    QHash<int, QString> groupKey;
    for (const School& school : std::as_const(schools)) {
        if (school.conflictGroup == 0)
            continue;
        QString& key = groupKey[school.conflictGroup];
        if (key.isEmpty() || school.sortKey < key)
            key = school.sortKey;
    }
    const auto keyOf = [&groupKey](const School& school) {
        return school.conflictGroup == 0 ? school.sortKey : groupKey.value(school.conflictGroup);
    };
    std::stable_sort(schools.begin(), schools.end(), [&](const School& a, const School& b) {
        if (const int c = keyOf(a).compare(keyOf(b)); c != 0)
            return c < 0;
        if (a.conflictGroup != b.conflictGroup)
            return a.conflictGroup < b.conflictGroup;
        if (const int c = a.sortKey.compare(b.sortKey); c != 0)
            return c < 0;
        if (const int c = a.name.compare(b.name); c != 0)
            return c < 0;
        if (const int c = a.schoolCode.compare(b.schoolCode); c != 0)
            return c < 0;
        return shaOf.value(a.sourceId) < shaOf.value(b.sourceId);
    });
}

} // namespace x1
