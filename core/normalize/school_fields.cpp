#include "normalize/school_fields.h"

#include "catalog/catalog.h"
#include "normalize/text.h"

namespace x1 {

QString canonicalSchoolType(QStringView text, const Catalog& catalog)
{
    for (const QString& known : catalog.schoolTypes()) {
        if (known == text)
            return known; // shares the catalogue's string: no copy
    }
    const QString type = cleanName(text, catalog);
    if (type.isEmpty() || catalog.schoolTypes().contains(type) || catalog.excludedSchoolTypes().contains(type))
        return type;
    return catalog.schoolTypeAliases().value(type, type);
}

QString canonicalSchoolType(QStringView text)
{
    return canonicalSchoolType(text, Catalog::builtIn());
}

QString canonicalAffiliation(QStringView text, const Catalog& catalog)
{
    for (const QString& known : catalog.affiliations()) {
        if (known == text)
            return known;
    }
    const QString affiliation = cleanName(text, catalog);
    if (catalog.affiliations().contains(affiliation))
        return affiliation;
    return catalog.affiliationAliases().value(affiliation);
}

QString canonicalAffiliation(QStringView text)
{
    return canonicalAffiliation(text, Catalog::builtIn());
}

QString canonicalCity(QStringView text, const Catalog& catalog)
{
    QString city = cleanName(text, catalog);
    city.remove(u' ');
    if (city.startsWith(u"四川省") && city.size() > 3)
        city = city.mid(3);
    if (city.isEmpty())
        return {};
    if (QString found = catalog.canonicalCity(city); !found.isEmpty())
        return found;
    // 阿坝 for 阿坝州, and a full name that starts the official one (凉山州 → 凉山彝族自治州 is a
    // short name already; 甘孜 → 甘孜州).
    if (QString found = catalog.canonicalCity(city + u'州'); !found.isEmpty())
        return found;
    if (city.size() >= 2) {
        for (const City& candidate : catalog.cities()) {
            if (candidate.name.startsWith(city))
                return candidate.name;
        }
    }
    return {};
}

QString canonicalCity(QStringView text)
{
    return canonicalCity(text, Catalog::builtIn());
}

QString cityNamedAtStart(QStringView name, const Catalog& catalog)
{
    QString text = cleanName(name, catalog);
    text.remove(u' ');
    if (text.startsWith(u"四川省"))
        text = text.mid(3);
    for (const City& city : catalog.cities()) {
        const bool named = text.startsWith(city.name) || text.startsWith(city.shortName + u'市')
            || (city.shortName.endsWith(u'州') && text.startsWith(city.shortName));
        if (named)
            return city.name;
    }
    return {};
}

} // namespace x1
