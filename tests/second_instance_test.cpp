#include "support/catch.h"
#include "support/gui_driver.h"
#include "support/test_files.h"

#include "main_window.h"

#include "storage/workbook_file.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSysInfo>
#include <QTest>

using namespace x1;
using namespace x1::test;

// A workbook that a running x1apply holds opens read-only in a second one, saying who holds it;
// once that program is gone, the file opens for editing again.
TEST_CASE("a workbook another x1apply is editing opens read-only with the message", "[gui][kill]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("两个窗口.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(2, 1)).ok());

    QProcess first;
    const QByteArray out = startProgramUntil(first, scratch.path(QStringLiteral("settings")),
                                             {path, QStringLiteral("--test-first-paint"), QStringLiteral("print")}, "painted");
    REQUIRE(out.contains("painted")); // its window is up with the workbook open

    gui::MainWindow second;
    REQUIRE(second.openWorkbook(path));
    second.show();
    settle();
    const QString reason = QStringLiteral("%1：正在被另一个 x1apply 编辑（%2，进程 %3），只能只读打开")
                               .arg(QDir::toNativeSeparators(path), QSysInfo::machineHostName())
                               .arg(first.processId());
    CHECK(second.document()->readOnlyReason() == reason);
    CHECK_FALSE(second.document()->isEditable());
    CHECK(child<QWidget>(&second, "readOnlyBanner")->isVisible());
    CHECK(child<QLabel>(&second, "readOnlyText")->text() == QStringLiteral("只读打开：") + reason);
    CHECK(child<QPushButton>(&second, "saveAsButton")->isVisible());
    CHECK(child<QLineEdit>(&second, "unitEdit")->isReadOnly());
    CHECK(second.document()->setField(FieldAddress::of(HeaderField::Contact), QStringLiteral("张三")).message() == reason);
    CHECK(stored(path).header.contact == sampleWorkbook(2, 1).header.contact);

    first.kill(); // its lock is left behind, stale
    REQUIRE(first.waitForFinished());
    gui::MainWindow third;
    REQUIRE(third.openWorkbook(path));
    CHECK(third.document()->readOnlyReason().isEmpty());
    CHECK(third.document()->isEditable());
}
