#include "support/catch.h"
#include "support/test_files.h"

#include "document/workbook_document.h"
#include "storage/workbook_file.h"

#include <QSignalSpy>

using namespace x1;
using namespace x1::test;

TEST_CASE("the document owns undoable edits, announces them and saves in one go", "[document]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    const Workbook original = sampleWorkbook(2, 1);
    REQUIRE(WorkbookFile::create(path, original).ok());
    auto opened = WorkbookDocument::open(path);
    REQUIRE(opened.ok());
    WorkbookDocument& document = **opened;
    QSignalSpy spy(&document, &WorkbookDocument::changed);

    Header header = document.workbook().header;
    header.contact = QStringLiteral("张敏");
    document.setHeader(header, QStringLiteral("修改联系人"));
    School school = document.workbook().schools[1];
    school.rows[0].students = QStringLiteral("99");
    document.setSchool(1, school, QStringLiteral("修改学生规模"));
    School added;
    added.name = QStringLiteral("新学校");
    document.insertSchool(0, added, QStringLiteral("添加学校"));

    CHECK(spy.count() == 3);
    CHECK(spy.at(1).at(0).value<ChangeEvent>().kind == ChangeEvent::Kind::School);
    CHECK(document.isModified());
    CHECK(document.workbook().schools.size() == 3);
    CHECK(document.workbook().schools[2].rows[0].students == QStringLiteral("99"));
    CHECK(document.undoStack()->undoText() == QStringLiteral("添加学校"));

    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(document.workbook().schools == original.schools);
    CHECK(document.workbook().header.contact == QStringLiteral("张敏"));
    document.undoStack()->redo();

    REQUIRE(document.save().ok());
    CHECK_FALSE(document.isModified());
    const Workbook saved = WorkbookFile::read(path).value();
    CHECK(saved.header.contact == QStringLiteral("张敏"));
    CHECK(saved.schools[1].rows[0].students == QStringLiteral("99"));
    CHECK(saved.schools.size() == 2);

    document.removeSchool(0, QStringLiteral("删除学校"));
    CHECK(document.workbook().schools.size() == 1);
    document.undoStack()->undo();
    CHECK(document.workbook().schools == saved.schools);
}
