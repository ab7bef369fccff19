#include "support/catch.h"
#include "support/test_files.h"

#include "storage/sqlite_connection.h"

using namespace x1;
using namespace x1::test;

TEST_CASE("a statement binds text, numbers and NULL, and reads them back as bound", "[storage]")
{
    Scratch scratch;
    SqliteConnection connection(scratch.path(QStringLiteral("t.db")), SqliteConnection::Mode::ReadWrite);
    REQUIRE(connection.isOpen());
    REQUIRE(connection.exec(QStringLiteral("PRAGMA encoding = 'UTF-16le'; CREATE TABLE t (a, b, c)")).ok());
    SqliteStatement insert = connection.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"));
    REQUIRE(insert.isValid());
    insert.bind(0, QStringLiteral("四川建筑职业技术学院 😀"));
    insert.bind(1, qint64(1) << 40);
    insert.bind(2, std::optional<int>());
    REQUIRE(insert.exec());
    insert.bind(0, QString());
    insert.bind(1, QStringLiteral(""));
    insert.bind(2, std::optional<int>(-7));
    REQUIRE(insert.exec());

    SqliteStatement rows = connection.prepare(QStringLiteral("SELECT a, b, c FROM t ORDER BY rowid"));
    REQUIRE(rows.next());
    CHECK(rows.text(0) == u"四川建筑职业技术学院 😀");
    CHECK(rows.integer(1) == qint64(1) << 40);
    CHECK(rows.isNull(2));
    REQUIRE(rows.next());
    CHECK(rows.isNull(0));
    CHECK(rows.text(0).isNull());
    CHECK_FALSE(rows.isNull(1));
    CHECK(rows.text(1).isEmpty());
    CHECK(rows.integer(2) == -7);
    CHECK_FALSE(rows.next());
    CHECK(rows.error().isEmpty());
}

TEST_CASE("a statement that cannot be prepared or run says why", "[storage]")
{
    Scratch scratch;
    SqliteConnection connection(scratch.path(QStringLiteral("t.db")), SqliteConnection::Mode::ReadWrite);
    REQUIRE(connection.exec(QStringLiteral("CREATE TABLE t (a NOT NULL)")).ok());
    SqliteStatement bad = connection.prepare(QStringLiteral("SELEC a FROM t"));
    CHECK_FALSE(bad.isValid());
    CHECK(bad.error().contains(QStringLiteral("syntax error")));
    CHECK_FALSE(bad.next());
    bad.bind(0, QStringLiteral("x"));
    bad.bind(1, qint64(1));
    CHECK_FALSE(bad.exec());
    CHECK(bad.error().contains(QStringLiteral("syntax error")));

    SqliteStatement insert = connection.prepare(QStringLiteral("INSERT INTO t VALUES (?)"));
    insert.bind(0, QString());
    CHECK_FALSE(insert.exec());
    CHECK(insert.error().contains(QStringLiteral("NOT NULL")));

    const Status status = connection.exec(QStringLiteral("DROP TABLE missing"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().contains(QStringLiteral("数据库操作失败")));
    CHECK(status.message().contains(QStringLiteral("no such table: missing")));
}

TEST_CASE("a file that is not there does not open read-only, and is not created", "[storage]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("none.db"));
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    CHECK_FALSE(connection.isOpen());
    CHECK_FALSE(connection.lastError().isEmpty());
    CHECK_FALSE(connection.prepare(QStringLiteral("SELECT 1")).isValid());
    CHECK_FALSE(QFile::exists(path));
}
