#include "storage/workbook_storer.h"

#include "storage/row_columns.h"
#include "storage/sqlite_connection.h"
#include "storage/storage_text.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace x1::storage {

namespace {

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

} // namespace

Status storeWorkbook(SqliteConnection& connection, const QString& path, const Workbook& workbook)
{
    return Storer(connection, path).store(workbook);
}

} // namespace x1::storage
