#include "storage/workbook_storer.h"

#include "storage/row_columns.h"
#include "storage/sqlite_connection.h"
#include "storage/storage_text.h"


namespace x1::storage {

namespace {

class Storer {
public:
    Storer(SqliteConnection& connection, const QString& path) : m_connection(connection), m_path(path) {}

    Status store(const Workbook& workbook)
    {
        if (!m_connection.begin())
            return fileError(m_path, Text::tr("无法开始写入（%1）").arg(m_connection.lastError()));
        if (!clear() || !storeMeta(workbook) || !storeSources(workbook) || !storeSchools(workbook)
            || !storeExplanations(workbook)) {
            m_connection.rollback();
            return fileError(m_path, Text::tr("写入失败，文件保持原样（%1）").arg(m_failure));
        }
        if (!m_connection.commit()) {
            const QString reason = m_connection.lastError();
            m_connection.rollback();
            return fileError(m_path, Text::tr("写入失败，文件保持原样（%1）").arg(reason));
        }
        return {};
    }

private:
    SqliteConnection& m_connection;
    QString m_path;
    QString m_failure;

    // A statement that could not be prepared fails when run, with the reason.
    bool check(const SqliteStatement& statement, bool ok)
    {
        if (!ok)
            m_failure = statement.error();
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
        SqliteStatement query = m_connection.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        for (const auto& [key, value] : values) {
            query.bind(0, key);
            query.bind(1, text(value));
            if (!check(query, query.exec()))
                return false;
        }
        return true;
    }

    bool storeSources(const Workbook& workbook)
    {
        SqliteStatement query = m_connection.prepare(QStringLiteral(
            "INSERT INTO source (id, file_name, sha256, imported_at, verification_code, "
            "unit, contact, phone, fill_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Source& source : workbook.sources) {
            query.bind(0, qint64(source.id));
            query.bind(1, source.fileName);
            query.bind(2, source.sha256);
            query.bind(3, source.importedAt.toString(Qt::ISODateWithMs));
            query.bind(4, text(source.verificationCode));
            query.bind(5, text(source.unit));
            query.bind(6, text(source.contact));
            query.bind(7, text(source.phone));
            query.bind(8, text(source.fillDate.toString(Qt::ISODate)));
            if (!check(query, query.exec()))
                return false;
        }
        return true;
    }

    // NOT NULL columns: a null QString would bind as SQL NULL.
    static QString text(const QString& value) { return value.isNull() ? u""_qs : value; }

    bool storeSchools(const Workbook& workbook)
    {
        SqliteStatement school = m_connection.prepare(QStringLiteral(
            "INSERT INTO school (id, position, name, school_code, type, affiliation, city, "
            "tiers, source_id, conflict_group, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        SqliteStatement row = m_connection.prepare(QStringLiteral(
            "INSERT INTO certificate_row (school_id, position, certificate, levels, majors, "
            "major_count, students, remark, enrolment, training_answer, training_detail, "
            "resources_answer, resources_detail, team_size, dual_qualified, industry_experts, "
            "facilities_answer, facilities_detail, management_answer, management_detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < workbook.schools.size(); ++i) {
            const School& s = workbook.schools[i];
            const qint64 id = i + 1;
            school.bind(0, id);
            school.bind(1, id);
            school.bind(2, text(s.name));
            school.bind(3, text(s.schoolCode));
            school.bind(4, text(s.type));
            school.bind(5, text(s.affiliation));
            school.bind(6, text(s.city));
            school.bind(7, text(joinList(s.tiers)));
            school.bind(8, s.sourceId == 0 ? std::nullopt : std::optional<int>(s.sourceId));
            school.bind(9, qint64(s.conflictGroup));
            school.bind(10, text(s.sortKey));
            if (!check(school, school.exec()))
                return false;
            for (qsizetype r = 0; r < s.rows.size(); ++r) {
                const CertificateRow& c = s.rows[r];
                row.bind(0, id);
                row.bind(1, qint64(r));
                row.bind(2, text(c.certificate));
                row.bind(3, text(joinList(c.levels)));
                row.bind(4, text(joinList(c.majors)));
                row.bind(5, text(c.majorCount));
                row.bind(6, text(c.students));
                row.bind(7, text(c.remark));
                const RowEvidence& e = c.evidence;
                row.bind(8, text(enrolmentText(e.enrolment)));
                row.bind(9, answerNumber(e.trainingExperience));
                row.bind(10, text(e.trainingExperience.detail));
                row.bind(11, answerNumber(e.teachingResources));
                row.bind(12, text(e.teachingResources.detail));
                row.bind(13, e.teamSize);
                row.bind(14, e.dualQualified);
                row.bind(15, e.industryExperts);
                row.bind(16, answerNumber(e.facilities));
                row.bind(17, text(e.facilities.detail));
                row.bind(18, answerNumber(e.management));
                row.bind(19, text(e.management.detail));
                if (!check(row, row.exec()))
                    return false;
            }
        }
        return true;
    }

    bool storeExplanations(const Workbook& workbook)
    {
        SqliteStatement query = m_connection.prepare(QStringLiteral("INSERT INTO explanation (finding, text) VALUES (?, ?)"));
        for (auto it = workbook.explanations.begin(); it != workbook.explanations.end(); ++it) {
            query.bind(0, text(it.key()));
            query.bind(1, text(it.value()));
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
