#include "catalog/catalog.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace x1 {

namespace {

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

QHash<QString, QString> toStringHash(const QJsonValue& value)
{
    QHash<QString, QString> hash;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        hash.insert(it.key(), it.value().toString());
    return hash;
}

} // namespace

class CatalogLoader {
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    explicit CatalogLoader(QString root) : m_root(std::move(root)) {}

    Result<Catalog> load()
    {
        Catalog catalog;
        if (!loadCertificates(catalog) || !loadSchools(catalog) || !loadMajors(catalog)
            || !loadCities(catalog) || !loadMajorCatalogue(catalog) || !loadProfiles(catalog))
            return m_error;
        return catalog;
    }

private:
    QString m_root;
    Error m_error;

    bool fail(const QString& file, const QString& reason)
    {
        m_error = Error{tr("目录数据文件 %1 无法读取：%2").arg(QDir::toNativeSeparators(file), reason)};
        return false;
    }

    bool readBytes(const QString& relative, QByteArray& bytes, QString& path)
    {
        path = m_root + u'/' + relative;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(path, fileErrorText(file));
        bytes = file.readAll();
        return true;
    }

    bool readJson(const QString& relative, QJsonObject& object)
    {
        QByteArray bytes;
        QString path;
        if (!readBytes(relative, bytes, path))
            return false;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(path, tr("第 %1 个字节处 JSON 格式错误（%2）").arg(error.offset).arg(error.errorString()));
        object = document.object();
        return true;
    }

    // Rows of a small CSV without quoted fields, header dropped.
    bool readCsv(const QString& relative, QList<QStringList>& rows)
    {
        QByteArray bytes;
        QString path;
        if (!readBytes(relative, bytes, path))
            return false;
        const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (!line.isEmpty())
                rows << line.split(u',');
        }
        return true;
    }

    bool loadCertificates(Catalog& catalog)
    {
        QJsonObject root;
        if (!readJson(QStringLiteral("catalog/certificates.json"), root))
            return false;
        catalog.m_levels = toStringList(root[u"levels"]);
        catalog.m_levelAliases = toStringHash(root[u"levelAliases"]);
        for (const QJsonValue& value : root[u"certificates"].toArray()) {
            const QJsonObject object = value.toObject();
            CertificateInfo info;
            info.name = object[u"name"].toString();
            info.aliases = toStringList(object[u"aliases"]);
            info.organisation = object[u"organisation"].toString();
            const QJsonObject contact = object[u"contact"].toObject();
            info.contact = {contact[u"phone"].toString(), contact[u"fax"].toString(),
                            contact[u"email"].toString(), contact[u"address"].toString(),
                            contact[u"postcode"].toString()};
            catalog.m_certificates << info;
        }
        if (catalog.m_certificates.isEmpty())
            return fail(m_root + u"/catalog/certificates.json", tr("没有任何证书"));
        return true;
    }

    bool loadSchools(Catalog& catalog)
    {
        QJsonObject root;
        if (!readJson(QStringLiteral("catalog/schools.json"), root))
            return false;
        catalog.m_schoolTypes = toStringList(root[u"schoolTypes"]);
        catalog.m_schoolTypeAliases = toStringHash(root[u"schoolTypeAliases"]);
        catalog.m_excludedSchoolTypes = toStringList(root[u"excludedSchoolTypes"]);
        catalog.m_excludedNameMarkers = toStringList(root[u"excludedNameMarkers"]);
        catalog.m_schoolLevelOf = toStringHash(root[u"schoolLevelOf"]);
        catalog.m_qualityTiers = toStringList(root[u"qualityTiers"]);
        catalog.m_affiliations = toStringList(root[u"affiliations"]);
        catalog.m_affiliationAliases = toStringHash(root[u"affiliationAliases"]);
        catalog.m_unitKinds = toStringList(root[u"unitKinds"]);
        catalog.m_placeholders = toStringList(root[u"placeholders"]);
        for (const QJsonValue& value : root[u"unitKindByNameSuffix"].toArray()) {
            const QJsonObject rule = value.toObject();
            catalog.m_unitKindBySuffix.append({rule[u"suffix"].toString(), rule[u"kind"].toString()});
        }
        return true;
    }

    bool loadMajors(Catalog& catalog)
    {
        QJsonObject root;
        if (!readJson(QStringLiteral("catalog/certificate_majors.json"), root))
            return false;
        const QJsonObject byCertificate = root[u"certificates"].toObject();
        for (CertificateInfo& info : catalog.m_certificates) {
            const QJsonObject levels = byCertificate[info.name].toObject();
            for (auto it = levels.begin(); it != levels.end(); ++it)
                info.majorsByLevel.insert(it.key(), toStringList(it.value()));
        }
        catalog.m_renamed2021 = toStringHash(root[u"renamed2021"]);
        return true;
    }

    bool loadCities(Catalog& catalog)
    {
        QList<QStringList> rows;
        if (!readCsv(QStringLiteral("catalog/sichuan_cities.csv"), rows))
            return false;
        for (const QStringList& row : rows) {
            if (row.size() >= 3)
                catalog.m_cities << City{row[0], row[1], row[2]};
        }
        return true;
    }

    bool loadMajorCatalogue(Catalog& catalog)
    {
        QList<QStringList> rows;
        if (!readCsv(QStringLiteral("catalog/vocational_major_catalog_2021.csv"), rows))
            return false;
        for (const QStringList& row : rows) {
            if (row.size() >= 3)
                catalog.m_majors2021 << CatalogMajor{row[0], row[1], row[2]};
        }
        return true;
    }

    bool loadProfiles(Catalog& catalog)
    {
        const QDir dir(m_root + u"/profiles");
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& fileName : files) {
            QJsonObject o;
            if (!readJson(u"profiles/" + fileName, o))
                return false;
            FormProfile p;
            p.id = o[u"id"].toString();
            p.title = o[u"title"].toString();
            p.attachmentLabel = o[u"attachmentLabel"].toString();
            p.columns = toStringList(o[u"columns"]);
            p.unitLabel = o[u"unitLabel"].toString();
            p.contactLabel = o[u"contactLabel"].toString();
            p.dateLabel = o[u"dateLabel"].toString();
            p.notesHeading = o[u"notesHeading"].toString();
            p.notes = toStringList(o[u"notes"]);
            p.allowedSchoolTypes = toStringList(o[u"allowedSchoolTypes"]);
            p.allowedUnitKinds = toStringList(o[u"allowedUnitKinds"]);
            p.deadline = QDate::fromString(o[u"deadline"].toString(), Qt::ISODate);
            p.applicationYear = o[u"applicationYear"].toInt();
            p.concentrationThreshold = o[u"concentrationThreshold"].toDouble(0.4);
            p.concentrationMinSchools = o[u"concentrationMinSchools"].toInt(5);
            if (p.id.isEmpty() || p.columns.size() != 8)
                return fail(dir.filePath(fileName), tr("表样缺少 id 或不是 8 列"));
            catalog.m_profiles << p;
        }
        if (catalog.m_profiles.isEmpty())
            return fail(dir.path(), tr("没有任何表样"));
        return true;
    }
};

const Catalog& Catalog::builtIn()
{
    static const Catalog catalog = [] {
        Result<Catalog> loaded = load(QStringLiteral(":"));
        // The built-in data is part of the program; it failing to load is a build defect.
        Q_ASSERT_X(loaded.ok(), "Catalog::builtIn", qPrintable(loaded.message()));
        return loaded.ok() ? std::move(loaded).value() : Catalog();
    }();
    return catalog;
}

Result<Catalog> Catalog::load(const QString& root)
{
    return CatalogLoader(root).load();
}

const CertificateInfo* Catalog::certificate(const QString& canonicalName) const
{
    for (const CertificateInfo& info : m_certificates) {
        if (info.name == canonicalName)
            return &info;
    }
    return nullptr;
}

QString Catalog::inferUnitKind(const QString& unitName) const
{
    const QString name = unitName.trimmed();
    for (const auto& [suffix, kind] : m_unitKindBySuffix) {
        if (name.endsWith(suffix))
            return kind;
    }
    return m_unitKinds.value(0);
}

QString Catalog::canonicalCity(const QString& text) const
{
    const QString key = text.trimmed();
    if (key.isEmpty())
        return {};
    for (const City& city : m_cities) {
        if (key == city.name || key == city.shortName || key == city.code)
            return city.name;
    }
    return {};
}

int Catalog::cityOrder(const QString& canonicalName) const
{
    for (qsizetype i = 0; i < m_cities.size(); ++i) {
        if (m_cities[i].name == canonicalName)
            return int(i);
    }
    return -1;
}

const FormProfile* Catalog::profile(const QString& id) const
{
    for (const FormProfile& profile : m_profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

} // namespace x1
