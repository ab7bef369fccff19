#include "support/catch.h"
#include "support/gui_driver.h"
#include "support/test_files.h"

#include "storage/sqlite_connection.h"
#include "storage/workbook_file.h"

#include <QProcess>

using namespace x1;
using namespace x1::test;

// The window killed (SIGKILL on Unix, TerminateProcess on Windows) right after an edit typed into
// it: the next start finds the edit in the file and the file whole.
TEST_CASE("x1apply killed right after an edit keeps the edit and a sound file", "[gui][kill]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("被终止的窗口.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(2, 1)).ok());

    QProcess window;
    const QByteArray out = startProgramUntil(window, scratch.path(QStringLiteral("settings")),
                                             {path, QStringLiteral("--test-edit"), QStringLiteral("unit=宜宾市教育局")}, "edited");
    REQUIRE(out.contains("edited"));
    window.kill();
    REQUIRE(window.waitForFinished());
    CHECK(window.exitStatus() == QProcess::CrashExit);

    CHECK(stored(path).header.unit == QStringLiteral("宜宾市教育局"));
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    SqliteStatement check = connection.prepare(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(check.next());
    CHECK(check.text(0) == QStringLiteral("ok"));
}
