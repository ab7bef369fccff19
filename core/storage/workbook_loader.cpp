#include "storage/workbook_loader.h"

#include "storage/row_columns.h"
#include "storage/sqlite_connection.h"
#include "storage/storage_text.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <future>
#include <limits>

namespace x1::storage {

namespace {

class Loader {
public:
    Loader(QSqlDatabase& database, const QString& path) : m_db(database), m_path(path) {}

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
    QHash<qint64, qsizetype> m_indexById; // school id → index in the workbook

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
            m_indexById.insert(query.value(0).toLongLong(), workbook.schools.size());
            workbook.schools << std::move(school);
        }
        return loadRows(workbook);
    }

    // A large workbook's rows, most of the reading, are read in two halves at once, the second
    // by its own connection on another core. That connection starts while this one holds its read
    // lock, so no writer can commit in between and both see the same file.
    bool loadRows(Workbook& workbook)
    {
        constexpr qint64 noLimit = std::numeric_limits<qint64>::max();
        const qint64 split = secondHalfStart();
        std::future<RowsRead> secondHalf;
        if (split != noLimit) {
            secondHalf = std::async(std::launch::async, [this, split] {
                SqliteConnection connection(m_path, SqliteConnection::Mode::ReadOnly);
                if (!connection.isOpen())
                    return RowsRead{{}, connection.database().lastError().text()};
                return readRows(connection.database(), split, noLimit);
            });
        }
        RowsRead first = readRows(m_db, std::numeric_limits<qint64>::min(), split);
        RowsRead second;
        if (secondHalf.valid()) {
            second = secondHalf.get();
            if (!second.failure.isEmpty()) // e.g. another program about to write: this connection still reads
                second = readRows(m_db, split, noLimit);
        }
        for (RowsRead* half : {&first, &second}) {
            if (!half->failure.isEmpty()) {
                m_failure = half->failure;
                return false;
            }
            for (auto& [index, row] : half->rows)
                workbook.schools[index].rows << std::move(row);
        }
        return true;
    }

    // The first school id of the second half of the rows; no limit when one connection is enough.
    qint64 secondHalfStart()
    {
        constexpr qint64 rowsWorthASecondConnection = 2000;
        QSqlQuery count(m_db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM certificate_row")) || !count.next()
            || count.value(0).toLongLong() < rowsWorthASecondConnection)
            return std::numeric_limits<qint64>::max();
        QSqlQuery middle(m_db);
        if (!middle.exec(QStringLiteral("SELECT school_id FROM certificate_row ORDER BY school_id LIMIT 1 OFFSET %1")
                             .arg(count.value(0).toLongLong() / 2))
            || !middle.next())
            return std::numeric_limits<qint64>::max();
        return middle.value(0).toLongLong();
    }

    // The rows whose school id is in [from, to), in file order, each with its school's index.
    struct RowsRead {
        QList<QPair<qsizetype, CertificateRow>> rows;
        QString failure; // empty when read
    };

    RowsRead readRows(QSqlDatabase& database, qint64 from, qint64 to) const
    {
        RowsRead read;
        QSqlQuery rows(database);
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT school_id, certificate, levels, majors, major_count, students, remark, "
                                    "enrolment, training_answer, training_detail, resources_answer, resources_detail, "
                                    "team_size, dual_qualified, industry_experts, facilities_answer, facilities_detail, "
                                    "management_answer, management_detail FROM certificate_row "
                                    "WHERE school_id >= ? AND school_id < ? ORDER BY school_id, position"));
        rows.addBindValue(from);
        rows.addBindValue(to);
        if (!rows.exec()) {
            read.failure = rows.lastError().text();
            return read;
        }
        while (rows.next()) {
            const auto index = m_indexById.constFind(rows.value(0).toLongLong());
            if (index == m_indexById.constEnd())
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
            read.rows.append({*index, std::move(row)});
        }
        return read;
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

} // namespace

Result<Workbook> loadWorkbook(QSqlDatabase& database, const QString& path)
{
    return Loader(database, path).load();
}

} // namespace x1::storage
