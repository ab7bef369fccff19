#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace x1 {

// A named QSQLITE connection that is closed and removed when it goes out of scope.
// One per thread and per operation; never shared.
class SqliteConnection {
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection(const QString& path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    bool isOpen() const { return m_database.isOpen(); }
    QSqlDatabase& database() { return m_database; }

    // Runs statements separated by ';' (a schema script); stops at the first failure.
    Status execScript(const QString& script);
    Status exec(const QString& statement);

private:
    QString m_name;
    QString m_path;
    QSqlDatabase m_database;
};

} // namespace x1
