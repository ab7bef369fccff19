#pragma once

#include "util/result.h"

#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace x1 {

// One prepared statement of a SqliteConnection: values are bound, rows stepped through and
// columns read. Columns and parameters count from 0.
class SqliteStatement {
public:
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    ~SqliteStatement();

    // Empty when the statement could not be prepared (the reason is in `error()`).
    bool isValid() const { return m_statement != nullptr; }
    const QString& error() const { return m_error; }

    void bind(int index, const QString& text); // a null QString binds NULL
    void bind(int index, qint64 value);
    void bind(int index, const std::optional<int>& value); // empty binds NULL

    // Steps to the next row: false at the end, or on an error (then `error()` is set).
    bool next();
    // Runs a statement that returns no rows, then makes it ready for the next values.
    bool exec();

    QString text(int column) const; // NULL reads as a null QString
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    friend class SqliteConnection;
    SqliteStatement(sqlite3* database, sqlite3_stmt* statement, QString error);
    bool fail();

    sqlite3* m_database;
    sqlite3_stmt* m_statement;
    QString m_error;
};

// One connection to a SQLite file through SQLite's own API. The file's path names it in
// messages. A connection belongs to one thread and one operation; it is closed when it goes out
// of scope.
class SqliteConnection {
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection(const QString& path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    bool isOpen() const { return m_database != nullptr; }
    // SQLite's description of the last failure.
    QString lastError() const;

    SqliteStatement prepare(const QString& sql);
    // Runs one statement, or a script of several separated by ';'.
    Status exec(const QString& sql);

    bool begin();
    bool commit();
    void rollback();

private:
    QString m_path;
    QString m_openError;
    sqlite3* m_database = nullptr;
};

} // namespace x1
