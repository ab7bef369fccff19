#pragma once

#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace x1 {

struct OrganisationContact {
    QString phone, fax, email, address, postcode;
};

struct CertificateInfo {
    QString name;          // canonical name, as printed
    QStringList aliases;   // other spellings clerks use
    QString organisation;  // 培训评价组织
    OrganisationContact contact;
    QMap<QString, QStringList> majorsByLevel; // 面向专业 per school level (中职, 高职, 本科)
};

struct City {
    QString code, name, shortName;
};

struct CatalogMajor {
    QString code, name, level;
};

// A form profile: everything that differs between the official forms is data.
struct FormProfile {
    QString id, title, attachmentLabel;
    QStringList columns;
    QString unitLabel, contactLabel, dateLabel, notesHeading;
    QStringList notes;
    QStringList allowedSchoolTypes;
    QStringList allowedUnitKinds;
    QDate deadline;
    int applicationYear = 0;
    double concentrationThreshold = 0.4;
    int concentrationMinSchools = 5;
};

// The catalogue of certificates, school types, cities, majors and form profiles, loaded from the
// data files under resources/ so that a later batch or another province needs no code.
class Catalog {
public:
    // The catalogue built into the program (resources/ in the .qrc). Loaded once.
    static const Catalog& builtIn();
    // Loads a catalogue from a folder laid out like resources/ (tests, a corrected catalogue).
    static Result<Catalog> load(const QString& root);

    const QList<CertificateInfo>& certificates() const { return m_certificates; }
    const CertificateInfo* certificate(const QString& canonicalName) const;

    const QStringList& levels() const { return m_levels; }
    const QHash<QString, QString>& levelAliases() const { return m_levelAliases; }

    const QStringList& schoolTypes() const { return m_schoolTypes; }
    const QHash<QString, QString>& schoolTypeAliases() const { return m_schoolTypeAliases; }
    const QStringList& excludedSchoolTypes() const { return m_excludedSchoolTypes; }
    const QStringList& excludedNameMarkers() const { return m_excludedNameMarkers; }
    // 中职 / 高职 / 本科 for a canonical school type; empty when unknown.
    QString schoolLevelOf(const QString& schoolType) const { return m_schoolLevelOf.value(schoolType); }
    const QStringList& qualityTiers() const { return m_qualityTiers; }
    const QStringList& affiliations() const { return m_affiliations; }
    const QHash<QString, QString>& affiliationAliases() const { return m_affiliationAliases; }
    const QStringList& placeholders() const { return m_placeholders; }

    const QStringList& unitKinds() const { return m_unitKinds; }
    // The 报送单位 kind inferred from its name (…教育局, …教育厅, 国家开放大学, else 学校).
    QString inferUnitKind(const QString& unitName) const;

    const QList<City>& cities() const { return m_cities; }
    // Canonical city name for a full or short name (成都, 阿坝州 …); empty when unknown.
    QString canonicalCity(const QString& text) const;
    int cityOrder(const QString& canonicalName) const; // position in the official order, or -1

    const QHash<QString, QString>& renamed2021() const { return m_renamed2021; }
    const QList<CatalogMajor>& majors2021() const { return m_majors2021; }

    const QList<FormProfile>& profiles() const { return m_profiles; }
    const FormProfile* profile(const QString& id) const;

private:
    QList<CertificateInfo> m_certificates;
    QStringList m_levels;
    QHash<QString, QString> m_levelAliases;
    QStringList m_schoolTypes;
    QHash<QString, QString> m_schoolTypeAliases;
    QStringList m_excludedSchoolTypes;
    QStringList m_excludedNameMarkers;
    QHash<QString, QString> m_schoolLevelOf;
    QStringList m_qualityTiers;
    QStringList m_affiliations;
    QHash<QString, QString> m_affiliationAliases;
    QStringList m_placeholders;
    QStringList m_unitKinds;
    QList<QPair<QString, QString>> m_unitKindBySuffix;
    QList<City> m_cities;
    QHash<QString, QString> m_renamed2021;
    QList<CatalogMajor> m_majors2021;
    QList<FormProfile> m_profiles;

    friend class CatalogLoader;
};

} // namespace x1
