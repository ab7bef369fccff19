#include "storage/workbook_loader.h"

#include "storage/row_columns.h"
#include "storage/storage_text.h"

#include <QHash>

#include <future>
#include <limits>

namespace x1::storage {

namespace {

constexpr qint64 noLimit = std::numeric_limits<qint64>::max();

class Loader {
public:
    Loader(SqliteConnection& connection, const QString& path) : m_connection(connection), m_path(path) {}

    Result<Workbook> load()
    {
        Workbook workbook;
        // One read transaction: the file is locked and checked once, not once per query (a merge
        // of 10,000 workbooks spent a third of its time in those system calls).
        const bool inTransaction = m_connection.begin();
        const bool loaded = loadMeta(workbook) && loadSources(workbook) && loadSchools(workbook)
            && loadExplanations(workbook);
        if (inTransaction)
            m_connection.commit();
        if (!loaded)
            return fileError(m_path, Text::tr("文件已损坏，无法读取（%1）").arg(m_failure));
        return workbook;
    }

private:
    SqliteConnection& m_connection;
    QString m_path;
    QString m_failure;
    QHash<qint64, qsizetype> m_indexById; // school id → index in the workbook

    // After the last row: whether stepping ended at the end rather than on an error (or on a
    // statement that could not be prepared, which steps through nothing).
    bool finished(const SqliteStatement& statement)
    {
        if (statement.error().isEmpty())
            return true;
        m_failure = statement.error();
        return false;
    }

    bool loadMeta(Workbook& workbook)
    {
        SqliteStatement rows = m_connection.prepare(QStringLiteral("SELECT key, value FROM meta"));
        QHash<QString, QString> meta;
        while (rows.next())
            meta.insert(rows.text(0), rows.text(1));
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
        return finished(rows);
    }

    bool loadSources(Workbook& workbook)
    {
        SqliteStatement rows = m_connection.prepare(QStringLiteral(
            "SELECT id, file_name, sha256, imported_at, verification_code, unit, contact, phone, fill_date "
            "FROM source ORDER BY id"));
        while (rows.next()) {
            Source source;
            source.id = int(rows.integer(0));
            source.fileName = rows.text(1);
            source.sha256 = rows.text(2);
            source.importedAt = QDateTime::fromString(rows.text(3), Qt::ISODateWithMs);
            source.verificationCode = rows.text(4);
            source.unit = rows.text(5);
            source.contact = rows.text(6);
            source.phone = rows.text(7);
            source.fillDate = QDate::fromString(rows.text(8), Qt::ISODate);
            workbook.sources << source;
        }
        return finished(rows);
    }

    bool loadSchools(Workbook& workbook)
    {
        SqliteStatement rows = m_connection.prepare(QStringLiteral(
            "SELECT id, name, school_code, type, affiliation, city, tiers, source_id, conflict_group, sort_key "
            "FROM school ORDER BY position"));
        while (rows.next()) {
            School school;
            school.name = rows.text(1);
            school.schoolCode = rows.text(2);
            school.type = rows.text(3);
            school.affiliation = rows.text(4);
            school.city = rows.text(5);
            school.tiers = splitList(rows.text(6));
            school.sourceId = int(rows.integer(7));
            school.conflictGroup = int(rows.integer(8));
            school.sortKey = rows.text(9);
            m_indexById.insert(rows.integer(0), workbook.schools.size());
            workbook.schools << std::move(school);
        }
        return finished(rows) && loadRows(workbook);
    }

    // A large workbook's rows, most of the reading, are read in two halves at once, the second
    // by its own connection on another core. That connection starts while this one holds its read
    // lock, so no writer can commit in between and both see the same file.
    bool loadRows(Workbook& workbook)
    {
        const qint64 split = secondHalfStart();
        std::future<RowsRead> secondHalf;
        if (split != noLimit) {
            secondHalf = std::async(std::launch::async, [this, split] {
                SqliteConnection connection(m_path, SqliteConnection::Mode::ReadOnly);
                return readRows(connection, split, noLimit);
            });
        }
        RowsRead first = readRows(m_connection, std::numeric_limits<qint64>::min(), split);
        RowsRead second;
        if (secondHalf.valid()) {
            second = secondHalf.get();
            if (!second.failure.isEmpty()) // e.g. another program about to write: this connection still reads
                second = readRows(m_connection, split, noLimit);
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
        SqliteStatement count = m_connection.prepare(QStringLiteral("SELECT count(*) FROM certificate_row"));
        if (!count.next() || count.integer(0) < rowsWorthASecondConnection)
            return noLimit;
        SqliteStatement middle = m_connection.prepare(
            QStringLiteral("SELECT school_id FROM certificate_row ORDER BY school_id LIMIT 1 OFFSET %1").arg(count.integer(0) / 2));
        return middle.next() ? middle.integer(0) : noLimit;
    }

    // The rows whose school id is in [from, to), in file order, each with its school's index.
    struct RowsRead {
        QList<QPair<qsizetype, CertificateRow>> rows;
        QString failure; // empty when read
    };

    RowsRead readRows(SqliteConnection& connection, qint64 from, qint64 to) const
    {
        RowsRead read;
        SqliteStatement rows = connection.prepare(QStringLiteral(
            "SELECT school_id, certificate, levels, majors, major_count, students, remark, enrolment, "
            "training_answer, training_detail, resources_answer, resources_detail, team_size, dual_qualified, "
            "industry_experts, facilities_answer, facilities_detail, management_answer, management_detail "
            "FROM certificate_row WHERE school_id >= ? AND school_id < ? ORDER BY school_id, position"));
        rows.bind(0, from);
        rows.bind(1, to);
        while (rows.next()) {
            const auto index = m_indexById.constFind(rows.integer(0));
            if (index == m_indexById.constEnd())
                continue;
            CertificateRow row;
            row.certificate = rows.text(1);
            row.levels = splitList(rows.text(2));
            row.majors = splitList(rows.text(3));
            row.majorCount = rows.text(4);
            row.students = rows.text(5);
            row.remark = rows.text(6);
            RowEvidence& evidence = row.evidence;
            evidence.enrolment = enrolmentFromText(rows.text(7));
            evidence.trainingExperience = yesNoFrom(rows, 8, 9);
            evidence.teachingResources = yesNoFrom(rows, 10, 11);
            evidence.teamSize = optionalFrom(rows, 12);
            evidence.dualQualified = optionalFrom(rows, 13);
            evidence.industryExperts = optionalFrom(rows, 14);
            evidence.facilities = yesNoFrom(rows, 15, 16);
            evidence.management = yesNoFrom(rows, 17, 18);
            read.rows.append({*index, std::move(row)});
        }
        read.failure = rows.error(); // set when it could not be prepared or stopped on an error
        return read;
    }

    bool loadExplanations(Workbook& workbook)
    {
        SqliteStatement rows = m_connection.prepare(QStringLiteral("SELECT finding, text FROM explanation"));
        while (rows.next())
            workbook.explanations.insert(rows.text(0), rows.text(1));
        return finished(rows);
    }
};

} // namespace

Result<Workbook> loadWorkbook(SqliteConnection& connection, const QString& path)
{
    return Loader(connection, path).load();
}

} // namespace x1::storage
