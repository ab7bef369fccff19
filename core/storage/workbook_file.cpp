#include "storage/workbook_file.h"

#include "storage/sqlite_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <filesystem>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::WorkbookFile)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error fileError(const QString& path, const QString& reason)
{
    return Error{Text::tr("%1：%2").arg(native(path), reason)};
}

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    return (quint32(quint8(bytes[offset])) << 24) | (quint32(quint8(bytes[offset + 1])) << 16)
        | (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3]));
}

// Checks the 100-byte SQLite header without opening the database, so that a file that is not
// ours is refused before SQLite gets to touch it. Returns the schema version.
Result<int> checkHeader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, Text::tr("文件不存在"));
    if (!info.isFile())
        return fileError(path, Text::tr("不是文件"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, Text::tr("无法打开（%1）").arg(file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fileError(path, Text::tr("不是 x1apply 工作簿（不是 SQLite 数据库文件）"));
    const quint32 pageSizeField = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool pageCountValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    if (pageCountValid && qint64(pageCount) * pageSize > info.size())
        return fileError(path, Text::tr("文件不完整或已损坏（应有 %1 字节，实际 %2 字节）")
                                   .arg(qint64(pageCount) * pageSize)
                                   .arg(info.size()));
    if (bigEndian32(header, 68) != quint32(WorkbookFile::applicationId))
        return fileError(path, Text::tr("不是 x1apply 工作簿（是其他程序的 SQLite 数据库）"));
    const int version = int(bigEndian32(header, 60));
    if (version > WorkbookFile::currentVersion)
        return fileError(path, Text::tr("由更新版本的 x1apply 创建（文件格式第 %1 版，本程序只支持到第 %2 版），请升级程序")
                                   .arg(version)
                                   .arg(WorkbookFile::currentVersion));
    if (version < 1)
        return fileError(path, Text::tr("不是 x1apply 工作簿（没有格式版本）"));
    return version;
}

QStringList migrationScripts()
{
    const QDir dir(QStringLiteral(":/schema"));
    QStringList scripts;
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            scripts << QString::fromUtf8(file.readAll());
    }
    return scripts;
}

// Brings an open database from `from` to `to` in one transaction.
Status migrate(SqliteConnection& connection, const QString& path, int from, int to)
{
    const QStringList scripts = migrationScripts();
    if (scripts.size() < to)
        return fileError(path, Text::tr("程序缺少第 %1 版的格式定义").arg(to));
    QSqlDatabase& db = connection.database();
    if (!db.transaction())
        return fileError(path, Text::tr("无法开始写入（%1）").arg(db.lastError().text()));
    for (int version = from + 1; version <= to; ++version) {
        Status status = connection.execScript(scripts[version - 1]);
        if (!status) {
            db.rollback();
            return status;
        }
    }
    Status status = connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(to));
    if (status && from == 0)
        status = connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(WorkbookFile::applicationId));
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit())
        return fileError(path, Text::tr("写入失败（%1）").arg(db.lastError().text()));
    return {};
}

QString joinList(const QStringList& list)
{
    return list.join(u'\n');
}

QStringList splitList(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

// Condition 1's enrolment: one line per major, "major<TAB>y1<TAB>y2<TAB>y3", a year left empty
// when not entered.
QString enrolmentText(const QList<MajorEnrolment>& enrolment)
{
    QStringList lines;
    for (const MajorEnrolment& entry : enrolment) {
        QString line = entry.major;
        for (const std::optional<int>& year : entry.enrolled)
            line += u'\t' + (year ? QString::number(*year) : QString());
        lines << line;
    }
    return lines.join(u'\n');
}

QList<MajorEnrolment> enrolmentFromText(const QString& text)
{
    QList<MajorEnrolment> enrolment;
    for (const QString& line : splitList(text)) {
        const QStringList fields = line.split(u'\t');
        MajorEnrolment entry;
        entry.major = fields.value(0);
        for (qsizetype i = 0; i < 3; ++i) {
            bool ok = false;
            const int year = fields.value(i + 1).toInt(&ok);
            if (ok)
                entry.enrolled[size_t(i)] = year;
        }
        enrolment << entry;
    }
    return enrolment;
}

QVariant optionalValue(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant answerValue(const YesNo& yesNo)
{
    return yesNo.answer ? QVariant(int(*yesNo.answer)) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> optionalFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

YesNo yesNoFrom(const QVariant& answer, const QVariant& detail)
{
    YesNo yesNo;
    if (!answer.isNull())
        yesNo.answer = answer.toInt() != 0;
    yesNo.detail = detail.toString();
    return yesNo;
}

class Loader {
public:
    Loader(SqliteConnection& connection, const QString& path) : m_db(connection.database()), m_path(path) {}

    Result<Workbook> load()
    {
        Workbook workbook;
        // One read transaction: the file is locked and checked once, not once per query (a merge
        // of 10,000 workbooks spent a third of its time in those system calls).
        const bool inTransaction = m_db.transaction();
        const bool loaded = loadMeta(workbook) && loadSources(workbook) && loadSchools(workbook)
            && loadExplanations(workbook);
        if (inTransaction)
            m_db.commit();
        if (!loaded)
            return fileError(m_path, Text::tr("文件已损坏，无法读取（%1）").arg(m_failure));
        return workbook;
    }

private:
    QSqlDatabase& m_db;
    QString m_path;
    QString m_failure;

    bool run(QSqlQuery& query, const QString& sql)
    {
        query.setForwardOnly(true);
        if (query.exec(sql))
            return true;
        m_failure = query.lastError().text();
        return false;
    }

    bool loadMeta(Workbook& workbook)
    {
        QSqlQuery query(m_db);
        if (!run(query, QStringLiteral("SELECT key, value FROM meta")))
            return false;
        QHash<QString, QString> meta;
        while (query.next())
            meta.insert(query.value(0).toString(), query.value(1).toString());
        Header& header = workbook.header;
        header.profileId = meta.value(QStringLiteral("profile"));
        header.unit = meta.value(QStringLiteral("unit"));
        header.unitKind = meta.value(QStringLiteral("unit_kind"));
        header.contact = meta.value(QStringLiteral("contact"));
        header.phone = meta.value(QStringLiteral("phone"));
        header.fillDate = QDate::fromString(meta.value(QStringLiteral("fill_date")), Qt::ISODate);
        Finalisation& final = workbook.finalisation;
        final.code = meta.value(QStringLiteral("final_code"));
        final.finalisedAt = QDateTime::fromString(meta.value(QStringLiteral("final_at")), Qt::ISODateWithMs);
        final.reopened = meta.value(QStringLiteral("reopened")) == u"1";
        return true;
    }

    bool loadSources(Workbook& workbook)
    {
        QSqlQuery query(m_db);
        if (!run(query, QStringLiteral("SELECT id, file_name, sha256, imported_at, verification_code, "
                                       "unit, contact, phone, fill_date FROM source ORDER BY id")))
            return false;
        while (query.next()) {
            Source source;
            source.id = query.value(0).toInt();
            source.fileName = query.value(1).toString();
            source.sha256 = query.value(2).toString();
            source.importedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
            source.verificationCode = query.value(4).toString();
            source.unit = query.value(5).toString();
            source.contact = query.value(6).toString();
            source.phone = query.value(7).toString();
            source.fillDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
            workbook.sources << source;
        }
        return true;
    }

    bool loadSchools(Workbook& workbook)
    {
        QSqlQuery query(m_db);
        if (!run(query, QStringLiteral("SELECT id, name, school_code, type, affiliation, city, tiers, "
                                       "source_id, conflict_group, sort_key FROM school ORDER BY position")))
            return false;
        QHash<qint64, qsizetype> indexById;
        while (query.next()) {
            School school;
            school.name = query.value(1).toString();
            school.schoolCode = query.value(2).toString();
            school.type = query.value(3).toString();
            school.affiliation = query.value(4).toString();
            school.city = query.value(5).toString();
            school.tiers = splitList(query.value(6).toString());
            school.sourceId = query.value(7).toInt();
            school.conflictGroup = query.value(8).toInt();
            school.sortKey = query.value(9).toString();
            indexById.insert(query.value(0).toLongLong(), workbook.schools.size());
            workbook.schools << school;
        }
        QSqlQuery rows(m_db);
        if (!run(rows, QStringLiteral("SELECT school_id, certificate, levels, majors, major_count, students, remark, "
                                      "enrolment, training_answer, training_detail, resources_answer, resources_detail, "
                                      "team_size, dual_qualified, industry_experts, facilities_answer, facilities_detail, "
                                      "management_answer, management_detail FROM certificate_row ORDER BY school_id, position")))
            return false;
        while (rows.next()) {
            const auto index = indexById.find(rows.value(0).toLongLong());
            if (index == indexById.end())
                continue;
            CertificateRow row;
            row.certificate = rows.value(1).toString();
            row.levels = splitList(rows.value(2).toString());
            row.majors = splitList(rows.value(3).toString());
            row.majorCount = rows.value(4).toString();
            row.students = rows.value(5).toString();
            row.remark = rows.value(6).toString();
            RowEvidence& evidence = row.evidence;
            evidence.enrolment = enrolmentFromText(rows.value(7).toString());
            evidence.trainingExperience = yesNoFrom(rows.value(8), rows.value(9));
            evidence.teachingResources = yesNoFrom(rows.value(10), rows.value(11));
            evidence.teamSize = optionalFrom(rows.value(12));
            evidence.dualQualified = optionalFrom(rows.value(13));
            evidence.industryExperts = optionalFrom(rows.value(14));
            evidence.facilities = yesNoFrom(rows.value(15), rows.value(16));
            evidence.management = yesNoFrom(rows.value(17), rows.value(18));
            workbook.schools[*index].rows << row;
        }
        return true;
    }

    bool loadExplanations(Workbook& workbook)
    {
        QSqlQuery query(m_db);
        if (!run(query, QStringLiteral("SELECT finding, text FROM explanation")))
            return false;
        while (query.next())
            workbook.explanations.insert(query.value(0).toString(), query.value(1).toString());
        return true;
    }
};

class Storer {
public:
    Storer(SqliteConnection& connection, const QString& path) : m_connection(connection), m_db(connection.database()), m_path(path) {}

    Status store(const Workbook& workbook)
    {
        if (!m_db.transaction())
            return fileError(m_path, Text::tr("无法开始写入（%1）").arg(m_db.lastError().text()));
        if (!clear() || !storeMeta(workbook) || !storeSources(workbook) || !storeSchools(workbook)
            || !storeExplanations(workbook)) {
            m_db.rollback();
            return fileError(m_path, Text::tr("写入失败，文件保持原样（%1）").arg(m_failure));
        }
        if (!m_db.commit()) {
            const QString reason = m_db.lastError().text();
            m_db.rollback();
            return fileError(m_path, Text::tr("写入失败，文件保持原样（%1）").arg(reason));
        }
        return {};
    }

private:
    SqliteConnection& m_connection;
    QSqlDatabase& m_db;
    QString m_path;
    QString m_failure;

    bool check(QSqlQuery& query, bool ok)
    {
        if (!ok)
            m_failure = query.lastError().text();
        return ok;
    }

    bool clear()
    {
        for (const char* table : {"certificate_row", "school", "source", "explanation", "meta"}) {
            Status status = m_connection.exec(u"DELETE FROM " + QLatin1StringView(table));
            if (!status) {
                m_failure = status.message();
                return false;
            }
        }
        return true;
    }

    bool storeMeta(const Workbook& workbook)
    {
        const Header& header = workbook.header;
        const Finalisation& final = workbook.finalisation;
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("profile"), header.profileId},
            {QStringLiteral("unit"), header.unit},
            {QStringLiteral("unit_kind"), header.unitKind},
            {QStringLiteral("contact"), header.contact},
            {QStringLiteral("phone"), header.phone},
            {QStringLiteral("fill_date"), header.fillDate.toString(Qt::ISODate)},
            {QStringLiteral("final_code"), final.code},
            {QStringLiteral("final_at"), final.finalisedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("reopened"), final.reopened ? QStringLiteral("1") : QStringLiteral("0")},
        };
        QSqlQuery query(m_db);
        if (!check(query, query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"))))
            return false;
        for (const auto& [key, value] : values) {
            query.bindValue(0, key);
            query.bindValue(1, value.isNull() ? QString(u""_qs) : value);
            if (!check(query, query.exec()))
                return false;
        }
        return true;
    }

    bool storeSources(const Workbook& workbook)
    {
        QSqlQuery query(m_db);
        if (!check(query, query.prepare(QStringLiteral(
                              "INSERT INTO source (id, file_name, sha256, imported_at, verification_code, "
                              "unit, contact, phone, fill_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))))
            return false;
        for (const Source& source : workbook.sources) {
            query.bindValue(0, source.id);
            query.bindValue(1, source.fileName);
            query.bindValue(2, source.sha256);
            query.bindValue(3, source.importedAt.toString(Qt::ISODateWithMs));
            query.bindValue(4, text(source.verificationCode));
            query.bindValue(5, text(source.unit));
            query.bindValue(6, text(source.contact));
            query.bindValue(7, text(source.phone));
            query.bindValue(8, text(source.fillDate.toString(Qt::ISODate)));
            if (!check(query, query.exec()))
                return false;
        }
        return true;
    }

    // NOT NULL columns: a null QString would bind as SQL NULL.
    static QString text(const QString& value) { return value.isNull() ? u""_qs : value; }

    bool storeSchools(const Workbook& workbook)
    {
        QSqlQuery school(m_db);
        QSqlQuery row(m_db);
        if (!check(school, school.prepare(QStringLiteral(
                               "INSERT INTO school (id, position, name, school_code, type, affiliation, city, "
                               "tiers, source_id, conflict_group, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            || !check(row, row.prepare(QStringLiteral(
                               "INSERT INTO certificate_row (school_id, position, certificate, levels, majors, "
                               "major_count, students, remark, enrolment, training_answer, training_detail, "
                               "resources_answer, resources_detail, team_size, dual_qualified, industry_experts, "
                               "facilities_answer, facilities_detail, management_answer, management_detail) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))))
            return false;
        for (qsizetype i = 0; i < workbook.schools.size(); ++i) {
            const School& s = workbook.schools[i];
            const qint64 id = i + 1;
            school.bindValue(0, id);
            school.bindValue(1, id);
            school.bindValue(2, text(s.name));
            school.bindValue(3, text(s.schoolCode));
            school.bindValue(4, text(s.type));
            school.bindValue(5, text(s.affiliation));
            school.bindValue(6, text(s.city));
            school.bindValue(7, text(joinList(s.tiers)));
            school.bindValue(8, s.sourceId == 0 ? QVariant() : QVariant(s.sourceId));
            school.bindValue(9, s.conflictGroup);
            school.bindValue(10, text(s.sortKey));
            if (!check(school, school.exec()))
                return false;
            for (qsizetype r = 0; r < s.rows.size(); ++r) {
                const CertificateRow& c = s.rows[r];
                row.bindValue(0, id);
                row.bindValue(1, qint64(r));
                row.bindValue(2, text(c.certificate));
                row.bindValue(3, text(joinList(c.levels)));
                row.bindValue(4, text(joinList(c.majors)));
                row.bindValue(5, text(c.majorCount));
                row.bindValue(6, text(c.students));
                row.bindValue(7, text(c.remark));
                const RowEvidence& e = c.evidence;
                row.bindValue(8, text(enrolmentText(e.enrolment)));
                row.bindValue(9, answerValue(e.trainingExperience));
                row.bindValue(10, text(e.trainingExperience.detail));
                row.bindValue(11, answerValue(e.teachingResources));
                row.bindValue(12, text(e.teachingResources.detail));
                row.bindValue(13, optionalValue(e.teamSize));
                row.bindValue(14, optionalValue(e.dualQualified));
                row.bindValue(15, optionalValue(e.industryExperts));
                row.bindValue(16, answerValue(e.facilities));
                row.bindValue(17, text(e.facilities.detail));
                row.bindValue(18, answerValue(e.management));
                row.bindValue(19, text(e.management.detail));
                if (!check(row, row.exec()))
                    return false;
            }
        }
        return true;
    }

    bool storeExplanations(const Workbook& workbook)
    {
        QSqlQuery query(m_db);
        if (!check(query, query.prepare(QStringLiteral("INSERT INTO explanation (finding, text) VALUES (?, ?)"))))
            return false;
        for (auto it = workbook.explanations.begin(); it != workbook.explanations.end(); ++it) {
            query.bindValue(0, it.key());
            query.bindValue(1, it.value());
            if (!check(query, query.exec()))
                return false;
        }
        return true;
    }
};

Status openError(SqliteConnection& connection, const QString& path)
{
    return fileError(path, Text::tr("无法打开数据库（%1）").arg(connection.database().lastError().text()));
}

Result<Workbook> readCurrent(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    if (!connection.isOpen())
        return openError(connection, path).error();
    return Loader(connection, path).load();
}

Status checkPermissions(const QString& path)
{
    // Permission bits rather than access(): an administrator may write anywhere, but a file
    // marked read-only is meant to stay as it is.
    if (!(QFile::permissions(path) & QFileDevice::WriteOwner))
        return fileError(path, Text::tr("文件是只读的，不能修改"));
    return {};
}

} // namespace

QString WorkbookFile::backupPath(const QString& path, int oldVersion)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".v%1-backup.").arg(oldVersion)
                               + info.suffix());
}

Result<int> WorkbookFile::version(const QString& path)
{
    return checkHeader(path);
}

Status WorkbookFile::createAtVersion(const QString& path, int version)
{
    if (QFileInfo::exists(path))
        return fileError(path, Text::tr("文件已存在"));
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    if (!connection.isOpen())
        return openError(connection, path);
    Status status = connection.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (status)
        status = migrate(connection, path, 0, version);
    return status;
}

Status WorkbookFile::create(const QString& path, const Workbook& workbook, bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path))
        return fileError(path, Text::tr("文件已存在；不会覆盖它"));
    const QFileInfo target(path);
    if (!target.dir().exists())
        return fileError(path, Text::tr("所在文件夹不存在"));
    // Built beside the target under a temporary name, then renamed over it: a failure leaves
    // no half-written workbook and no damaged older file.
    const QString temporary = target.dir().filePath(
        u".~" + target.fileName() + u'.' + QUuid::createUuid().toString(QUuid::Id128).left(8));
    Status status = createAtVersion(temporary, currentVersion);
    if (status) {
        SqliteConnection connection(temporary, SqliteConnection::Mode::ReadWrite);
        status = connection.isOpen() ? Storer(connection, path).store(workbook) : openError(connection, path);
    }
    if (status) {
        std::error_code error;
        std::filesystem::rename(temporary.toStdU16String(), path.toStdU16String(), error);
        if (error)
            status = fileError(path, Text::tr("无法保存（%1）").arg(QString::fromLocal8Bit(error.message())));
    }
    if (!status)
        QFile::remove(temporary);
    return status;
}

Result<Workbook> WorkbookFile::read(const QString& path)
{
    Result<int> fileVersion = checkHeader(path);
    if (!fileVersion)
        return fileVersion.error();
    if (*fileVersion == currentVersion)
        return readCurrent(path);

    // An older file is upgraded in a temporary copy; the file itself stays as it is.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("upgrade.x1db"));
    if (!dir.isValid() || !QFile::copy(path, copy))
        return fileError(path, Text::tr("无法建立临时副本来读取旧版本文件"));
    QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::WriteOwner | QFileDevice::WriteUser);
    {
        SqliteConnection connection(copy, SqliteConnection::Mode::ReadWrite);
        if (!connection.isOpen())
            return openError(connection, path).error();
        if (Status status = migrate(connection, path, *fileVersion, currentVersion); !status)
            return status.error();
    }
    Result<Workbook> upgraded = readCurrent(copy);
    if (!upgraded)
        return fileError(path, Text::tr("旧版本文件无法升级"));
    return upgraded;
}

Status WorkbookFile::checkWritable(const QString& path)
{
    Result<int> fileVersion = checkHeader(path);
    if (!fileVersion)
        return fileVersion.error();
    return checkPermissions(path);
}

Status WorkbookFile::write(const QString& path, const Workbook& workbook)
{
    Result<int> fileVersion = checkHeader(path);
    if (!fileVersion)
        return fileVersion.error();
    if (Status status = checkPermissions(path); !status)
        return status;
    if (*fileVersion < currentVersion) {
        const QString backup = backupPath(path, *fileVersion);
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return fileError(path, Text::tr("无法在升级前备份到 %1").arg(native(backup)));
    }
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    if (!connection.isOpen())
        return openError(connection, path);
    if (*fileVersion < currentVersion) {
        if (Status status = migrate(connection, path, *fileVersion, currentVersion); !status)
            return status;
    }
    return Storer(connection, path).store(workbook);
}

} // namespace x1
