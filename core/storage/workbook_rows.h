#pragma once

#include "model/workbook.h"

#include "storage/sqlite_connection.h"

#include <QString>

namespace x1::storage {

// The statements that write a workbook's parts into an open file of the current version, shared
// by the whole-workbook storer and the edit-by-edit store. Each returns false on failure, with
// the reason in `failure()`; none begins or ends a transaction.
class WorkbookRows {
public:
    explicit WorkbookRows(SqliteConnection& connection);

    // The header and the 定稿 state (table meta), replacing what is there.
    bool writeMeta(const Workbook& workbook);
    bool insertSource(const Source& source);
    // A school with the given id and position, and all its certificate rows.
    bool insertSchool(qint64 id, qint64 position, const School& school);
    // Removes a school and its certificate rows.
    bool deleteSchool(qint64 id);
    // Records an explanation, or removes it when `text` is empty.
    bool writeExplanation(const QString& identity, const QString& text);

    const QString& failure() const { return m_failure; }

private:
    SqliteConnection& m_connection;
    SqliteStatement m_school;
    SqliteStatement m_row;
    QString m_failure;

    bool check(const SqliteStatement& statement, bool ok);
    bool run(const QString& sql, qint64 id);
};

} // namespace x1::storage
