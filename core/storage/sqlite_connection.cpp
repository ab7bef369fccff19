#include "storage/sqlite_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace x1 {

namespace {
std::atomic<int> connectionCounter{0};
}

SqliteConnection::SqliteConnection(const QString& path, Mode mode)
    : m_name(QStringLiteral("x1-%1").arg(connectionCounter++))
    , m_path(path)
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_database.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        m_database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    m_database.open();
}

SqliteConnection::~SqliteConnection()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Status SqliteConnection::exec(const QString& statement)
{
    QSqlQuery query(m_database);
    if (!query.exec(statement)) {
        return Error{QCoreApplication::translate("x1::WorkbookFile", "%1：数据库操作失败（%2）")
                         .arg(QDir::toNativeSeparators(m_path), query.lastError().text())};
    }
    return {};
}

Status SqliteConnection::execScript(const QString& script)
{
    QString statement;
    for (const QString& line : script.split(u'\n')) {
        if (line.trimmed().startsWith(u"--"))
            continue;
        statement += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            if (Status status = exec(statement); !status)
                return status;
            statement.clear();
        }
    }
    return {};
}

} // namespace x1
