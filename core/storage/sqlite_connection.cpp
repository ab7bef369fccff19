#include "storage/sqlite_connection.h"

#include "util/native_path.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace x1 {

namespace {

// As long as Qt's QSQLITE driver waits for a file another program is writing.
constexpr int busyTimeoutMs = 5000;

QString messageOf(sqlite3* database)
{
    return QString::fromUtf8(sqlite3_errmsg(database));
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3* database, sqlite3_stmt* statement, QString error)
    : m_database(database), m_statement(statement), m_error(std::move(error))
{
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_database(other.m_database), m_statement(other.m_statement), m_error(std::move(other.m_error))
{
    other.m_statement = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QString& text)
{
    if (!m_statement)
        return; // it fails when run, with the reason it could not be prepared
    if (text.isNull())
        sqlite3_bind_null(m_statement, index + 1);
    else
        sqlite3_bind_text16(m_statement, index + 1, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bind(int index, const std::optional<int>& value)
{
    if (!m_statement)
        return;
    if (value)
        sqlite3_bind_int64(m_statement, index + 1, *value);
    else
        sqlite3_bind_null(m_statement, index + 1);
}

bool SqliteStatement::fail()
{
    m_error = messageOf(m_database);
    return false;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    return result == SQLITE_DONE ? false : fail();
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return result == SQLITE_DONE || result == SQLITE_ROW || fail();
}

QString SqliteStatement::text(int column) const
{
    // The workbook keeps its text as UTF-16 (PRAGMA encoding): no conversion happens here.
    const void* characters = sqlite3_column_text16(m_statement, column);
    if (!characters)
        return {};
    return QString(static_cast<const QChar*>(characters), sqlite3_column_bytes16(m_statement, column) / 2);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

SqliteConnection::SqliteConnection(const QString& path, Mode mode) : m_path(path)
{
    // SQLite takes UTF-8 on every platform and opens with Windows' wide API; a path longer than
    // MAX_PATH needs the \\?\ prefix and the VFS that allows for it (docs/windows.md).
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const QByteArray fileName = utf8PathForWideApi(path);
    const char* vfs = fileName.startsWith("\\\\?\\") ? "win32-longpath" : nullptr;
    sqlite3* database = nullptr;
    if (sqlite3_open_v2(fileName.constData(), &database, flags, vfs) != SQLITE_OK) {
        m_openError = database ? messageOf(database) : QString();
        if (m_openError.isEmpty())
            m_openError = QStringLiteral("unable to open database file");
        sqlite3_close(database);
        return;
    }
    sqlite3_busy_timeout(database, busyTimeoutMs);
    m_database = database;
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close(m_database);
}

QString SqliteConnection::lastError() const
{
    return m_database ? messageOf(m_database) : m_openError;
}

SqliteStatement SqliteConnection::prepare(const QString& sql)
{
    sqlite3_stmt* statement = nullptr;
    if (!m_database)
        return SqliteStatement(nullptr, nullptr, lastError());
    if (sqlite3_prepare16_v2(m_database, sql.utf16(), int(sql.size() * 2), &statement, nullptr) != SQLITE_OK)
        return SqliteStatement(m_database, nullptr, messageOf(m_database));
    return SqliteStatement(m_database, statement, QString());
}

Status SqliteConnection::exec(const QString& sql)
{
    if (m_database && sqlite3_exec(m_database, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return {};
    return Error{QCoreApplication::translate("x1::WorkbookFile", "%1：数据库操作失败（%2）")
                     .arg(QDir::toNativeSeparators(m_path), lastError())};
}

bool SqliteConnection::begin()
{
    return exec(QStringLiteral("BEGIN")).ok();
}

bool SqliteConnection::commit()
{
    return exec(QStringLiteral("COMMIT")).ok();
}

void SqliteConnection::rollback()
{
    if (m_database && !sqlite3_get_autocommit(m_database))
        sqlite3_exec(m_database, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace x1
