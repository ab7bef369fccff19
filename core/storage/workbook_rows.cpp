#include "storage/workbook_rows.h"

#include "storage/row_columns.h"

namespace x1::storage {

namespace {

// NOT NULL columns: a null QString would bind as SQL NULL.
QString text(const QString& value)
{
    return value.isNull() ? u""_qs : value;
}

} // namespace

WorkbookRows::WorkbookRows(SqliteConnection& connection)
    : m_connection(connection)
    , m_school(connection.prepare(QStringLiteral(
          "INSERT INTO school (id, position, name, school_code, type, affiliation, city, "
          "tiers, source_id, conflict_group, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    , m_row(connection.prepare(QStringLiteral(
          "INSERT INTO certificate_row (school_id, position, certificate, levels, majors, "
          "major_count, students, remark, enrolment, training_answer, training_detail, "
          "resources_answer, resources_detail, team_size, dual_qualified, industry_experts, "
          "facilities_answer, facilities_detail, management_answer, management_detail) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
{
}

// A statement that could not be prepared fails when run, with the reason.
bool WorkbookRows::check(const SqliteStatement& statement, bool ok)
{
    if (!ok)
        m_failure = statement.error();
    return ok;
}

bool WorkbookRows::run(const QString& sql, qint64 id)
{
    SqliteStatement statement = m_connection.prepare(sql);
    statement.bind(0, id);
    return check(statement, statement.exec());
}

bool WorkbookRows::writeMeta(const Workbook& workbook)
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
    SqliteStatement query = m_connection.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    for (const auto& [key, value] : values) {
        query.bind(0, key);
        query.bind(1, text(value));
        if (!check(query, query.exec()))
            return false;
    }
    return true;
}

bool WorkbookRows::insertSource(const Source& source)
{
    SqliteStatement query = m_connection.prepare(QStringLiteral(
        "INSERT INTO source (id, file_name, sha256, imported_at, verification_code, "
        "unit, contact, phone, fill_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bind(0, qint64(source.id));
    query.bind(1, source.fileName);
    query.bind(2, source.sha256);
    query.bind(3, source.importedAt.toString(Qt::ISODateWithMs));
    query.bind(4, text(source.verificationCode));
    query.bind(5, text(source.unit));
    query.bind(6, text(source.contact));
    query.bind(7, text(source.phone));
    query.bind(8, text(source.fillDate.toString(Qt::ISODate)));
    return check(query, query.exec());
}

bool WorkbookRows::insertSchool(qint64 id, qint64 position, const School& s)
{
    m_school.bind(0, id);
    m_school.bind(1, position);
    m_school.bind(2, text(s.name));
    m_school.bind(3, text(s.schoolCode));
    m_school.bind(4, text(s.type));
    m_school.bind(5, text(s.affiliation));
    m_school.bind(6, text(s.city));
    m_school.bind(7, text(joinList(s.tiers)));
    m_school.bind(8, s.sourceId == 0 ? std::nullopt : std::optional<int>(s.sourceId));
    m_school.bind(9, qint64(s.conflictGroup));
    m_school.bind(10, text(s.sortKey));
    if (!check(m_school, m_school.exec()))
        return false;
    for (qsizetype r = 0; r < s.rows.size(); ++r) {
        const CertificateRow& c = s.rows[r];
        m_row.bind(0, id);
        m_row.bind(1, qint64(r));
        m_row.bind(2, text(c.certificate));
        m_row.bind(3, text(joinList(c.levels)));
        m_row.bind(4, text(joinList(c.majors)));
        m_row.bind(5, text(c.majorCount));
        m_row.bind(6, text(c.students));
        m_row.bind(7, text(c.remark));
        const RowEvidence& e = c.evidence;
        m_row.bind(8, text(enrolmentText(e.enrolment)));
        m_row.bind(9, answerNumber(e.trainingExperience));
        m_row.bind(10, text(e.trainingExperience.detail));
        m_row.bind(11, answerNumber(e.teachingResources));
        m_row.bind(12, text(e.teachingResources.detail));
        m_row.bind(13, e.teamSize);
        m_row.bind(14, e.dualQualified);
        m_row.bind(15, e.industryExperts);
        m_row.bind(16, answerNumber(e.facilities));
        m_row.bind(17, text(e.facilities.detail));
        m_row.bind(18, answerNumber(e.management));
        m_row.bind(19, text(e.management.detail));
        if (!check(m_row, m_row.exec()))
            return false;
    }
    return true;
}

bool WorkbookRows::deleteSchool(qint64 id)
{
    return run(QStringLiteral("DELETE FROM certificate_row WHERE school_id = ?"), id)
        && run(QStringLiteral("DELETE FROM school WHERE id = ?"), id);
}

bool WorkbookRows::writeExplanation(const QString& identity, const QString& explanation)
{
    SqliteStatement query = m_connection.prepare(
        explanation.isEmpty() ? QStringLiteral("DELETE FROM explanation WHERE finding = ?")
                              : QStringLiteral("INSERT OR REPLACE INTO explanation (finding, text) VALUES (?, ?)"));
    query.bind(0, text(identity));
    if (!explanation.isEmpty())
        query.bind(1, explanation);
    return check(query, query.exec());
}

} // namespace x1::storage
