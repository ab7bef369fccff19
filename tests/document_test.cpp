#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "document/document_import.h"
#include "document/paste_rows.h"
#include "document/workbook_document.h"
#include "storage/edit_lock.h"
#include "storage/workbook_file.h"

#include <QFile>
#include <QSignalSpy>

#include <atomic>

using namespace x1;
using namespace x1::test;

namespace {

std::unique_ptr<WorkbookDocument> openDocument(const QString& path)
{
    Result<std::unique_ptr<WorkbookDocument>> opened = WorkbookDocument::open(path);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

std::unique_ptr<WorkbookDocument> newDocument(Scratch& scratch, const Workbook& workbook, const QString& name = u"学校.x1db"_qs)
{
    const QString path = scratch.path(name);
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    return openDocument(path);
}

// What the file holds now equals what the document shows.
void requireStored(WorkbookDocument& document)
{
    const Result<Workbook> stored = WorkbookFile::read(document.path());
    REQUIRE(stored.ok());
    CHECK(stored->header == document.workbook().header);
    CHECK(stored->schools == document.workbook().schools);
    CHECK(stored->explanations == document.workbook().explanations);
}

bool hasFinding(const QList<Finding>& findings, const QString& code, int school = -1)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.code == code && (school < 0 || f.schoolIndex == school);
    });
}

} // namespace

TEST_CASE("each kind of edit is stored at once, undone and redone, and the file holds it", "[document]")
{
    Scratch scratch;
    auto document = newDocument(scratch, sampleWorkbook(3, 2));
    const Workbook original = document->workbook();
    QUndoStack& undo = *document->undoStack();

    REQUIRE(document->setField(FieldAddress::of(HeaderField::Contact), u" 张　敏 "_qs).ok());
    CHECK(document->workbook().header.contact == u"张敏");
    REQUIRE(document->setField(FieldAddress::of(1, SchoolField::Type), u"中等职业学校"_qs).ok());
    CHECK(document->workbook().schools[1].type == u"中职");
    REQUIRE(document->setField(FieldAddress::of(2, 1, RowField::Students), u"１２０人"_qs).ok());
    CHECK(document->workbook().schools[2].rows[1].students == u"120");
    REQUIRE(document->insertRows(0, 2, {CertificateRow{}}).ok());
    CHECK(document->workbook().schools[0].rows.size() == 3);
    REQUIRE(document->removeRows(1, 0, 1).ok());
    CHECK(document->workbook().schools[1].rows.size() == 1);
    School added;
    added.name = u"四川省新学校"_qs;
    REQUIRE(document->insertSchool(3, added).ok());
    REQUIRE(document->removeSchool(0).ok());
    CHECK(document->workbook().schools.size() == 3);
    CHECK(document->workbook().schools[2].name == u"四川省新学校");
    requireStored(*document);
    const Workbook edited = document->workbook();
    CHECK(undo.count() == 7);

    for (int i = 0; i < 7; ++i) {
        undo.undo();
        requireStored(*document);
    }
    CHECK(document->workbook().header == original.header);
    CHECK(document->workbook().schools == original.schools);
    for (int i = 0; i < 7; ++i)
        undo.redo();
    CHECK(document->workbook().schools == edited.schools);
    requireStored(*document);

    const QString path = document->path();
    document.reset();
    auto reopened = openDocument(path);
    CHECK(reopened->workbook().header == edited.header);
    CHECK(reopened->workbook().schools == edited.schools);
}

TEST_CASE("typing 1, 12, 120 into one cell is one undo step", "[document]")
{
    Scratch scratch;
    auto document = newDocument(scratch, sampleWorkbook(1, 1));
    const QString before = document->workbook().schools[0].rows[0].students;
    const FieldAddress cell = FieldAddress::of(0, 0, RowField::Students);
    for (const QString& typed : {u"1"_qs, u"12"_qs, u"120"_qs})
        REQUIRE(document->setField(cell, typed).ok());
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->workbook().schools[0].rows[0].students == u"120");
    requireStored(*document);
    document->undoStack()->undo();
    CHECK(document->workbook().schools[0].rows[0].students == before);
    requireStored(*document);

    // Another field between two edits of one field makes them two steps.
    REQUIRE(document->setField(cell, u"50"_qs).ok());
    REQUIRE(document->setField(FieldAddress::of(0, 0, RowField::Remark), u"备注"_qs).ok());
    REQUIRE(document->setField(cell, u"60"_qs).ok());
    CHECK(document->undoStack()->count() == 3);
}

TEST_CASE("values go through the importer's normalisers and impossible ones are refused", "[document]")
{
    Scratch scratch;
    auto document = newDocument(scratch, sampleWorkbook(1, 1));
    REQUIRE(document->setField(FieldAddress::of(0, 0, RowField::Certificate), u"web前端"_qs).ok());
    REQUIRE(document->setField(FieldAddress::of(0, 0, RowField::Levels), u"初、中级"_qs).ok());
    REQUIRE(document->setField(FieldAddress::of(0, 0, RowField::Majors), u"计算机应用\n电子商务；无"_qs).ok());
    const CertificateRow& row = document->workbook().schools[0].rows[0];
    CHECK(row.certificate == u"Web前端开发");
    CHECK(row.levels == QStringList{u"初级"_qs, u"中级"_qs});
    CHECK(row.majors == QStringList{u"计算机应用"_qs, u"电子商务"_qs});

    const int steps = document->undoStack()->count();
    const Status refused = document->setField(FieldAddress::of(0, 0, RowField::TeamSize), u"十几个"_qs);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u"学校.x1db"));
    CHECK(refused.message().contains(u"不是人数"));
    CHECK(document->undoStack()->count() == steps);
    const Status badKind = document->setField(FieldAddress::of(HeaderField::UnitKind), u"公司"_qs);
    CHECK(badKind.message().contains(u"报送单位类别“公司”无效"));
    CHECK_FALSE(document->setField(FieldAddress::of(5, SchoolField::Name), u"x"_qs).ok());
    requireStored(*document);
}

TEST_CASE("a pasted block of three Excel rows arrives normalised", "[document][paste]")
{
    Scratch scratch;
    auto document = newDocument(scratch, sampleWorkbook(1, 1));
    // As Excel copies three rows of the official form: a quoted cell holds a line break.
    const QString clipboard = u"1\t四川XX学校\t中职\tweb前端（初、中级）\t２\t\"计算机应用\n电子商务\"\t１２０人\t\r\n"
                              u"\t\t\tBIM 初级\t1\t建筑工程施工\t45\t校企合作\r\n"
                              u"\t\t\t物流管理-中级\t无\t物流服务与管理\t约60\t\r\n"_qs;
    const Result<int> pasted = document->pasteRows(0, 1, clipboard);
    REQUIRE(pasted.ok());
    CHECK(*pasted == 3);
    const QList<CertificateRow>& rows = document->workbook().schools[0].rows;
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].certificate == u"Web前端开发");
    CHECK(rows[1].levels == QStringList{u"初级"_qs, u"中级"_qs});
    CHECK(rows[1].majorCount == u"2");
    CHECK(rows[1].majors == QStringList{u"计算机应用"_qs, u"电子商务"_qs});
    CHECK(rows[1].students == u"120");
    CHECK(rows[2].certificate == u"建筑信息模型（BIM）");
    CHECK(rows[2].levels == QStringList{u"初级"_qs});
    CHECK(rows[2].remark == u"校企合作");
    CHECK(rows[3].certificate == u"物流管理");
    CHECK(rows[3].majorCount.isEmpty());
    CHECK(rows[3].students == u"约60");
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->undoStack()->undoText() == u"粘贴 3 行");
    requireStored(*document);
    document->undoStack()->undo();
    CHECK(document->workbook().schools[0].rows.size() == 1);
}

TEST_CASE("pasted text of the five columns from 证书及等级 on, and a heading row left out", "[document][paste]")
{
    const QList<CertificateRow> rows = rowsFromPastedText(
        u"参与试点证书及等级\t参与试点专业数量\t参与试点专业名称\t参与试点学生规模\t备注\n老年照护（初级）\t1\t护理\t80\t\n\n"_qs,
        Catalog::builtIn());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].certificate == u"老年照护");
    CHECK(rows[0].students == u"80");
    CHECK(splitPastedText(u"a\t\"say \"\"hi\"\"\"\nb"_qs) == QList<QStringList>{{u"a"_qs, u"say \"hi\""_qs}, {u"b"_qs}});
}

TEST_CASE("findings change after an edit, carry the field's address, and are announced once per burst", "[document][checks]")
{
    Scratch scratch;
    auto document = newDocument(scratch, sampleWorkbook(2, 1));
    CHECK_FALSE(hasFinding(document->findings(), u"E03"_qs));
    QSignalSpy announced(document.get(), &WorkbookDocument::findingsChanged);

    REQUIRE(document->setField(FieldAddress::of(1, SchoolField::Type), u"技师学院"_qs).ok());
    REQUIRE(document->setField(FieldAddress::of(0, 0, RowField::Students), u"很多"_qs).ok());
    REQUIRE(announced.wait(1000));
    CHECK(announced.count() == 1);
    const QList<Finding>& findings = document->findings();
    const auto e03 = std::find_if(findings.begin(), findings.end(), [](const Finding& f) { return f.code == u"E03"; });
    REQUIRE(e03 != findings.end());
    CHECK(e03->address() == FieldAddress::of(1, SchoolField::Type));
    const auto e08 = std::find_if(findings.begin(), findings.end(), [](const Finding& f) { return f.code == u"E08"; });
    REQUIRE(e08 != findings.end());
    CHECK(e08->address() == FieldAddress::of(0, 0, RowField::Students));
    CHECK(findings == checkWorkbook(document->workbook(), Catalog::builtIn(), standardCheckOptions()));

    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK_FALSE(hasFinding(document->findings(), u"E03"_qs));
    CHECK_FALSE(hasFinding(document->findings(), u"E08"_qs));
}

TEST_CASE("a warning explained through the document is stored, undone and redone", "[document][checks]")
{
    Scratch scratch;
    Workbook workbook = sampleWorkbook(1, 1);
    workbook.schools[0].tiers.clear(); // W05
    auto document = newDocument(scratch, workbook);
    const auto w05 = std::find_if(document->findings().begin(), document->findings().end(),
                                  [](const Finding& f) { return f.code == u"W05"; });
    REQUIRE(w05 != document->findings().end());
    const FindingIdentity identity = w05->identity();
    const int unexplained = document->summary().unexplainedWarnings;
    CHECK_FALSE(document->explain(identity, u"太短"_qs).ok());
    REQUIRE(document->explain(identity, u"学校正在申报省级示范院校"_qs).ok());
    CHECK(document->summary().unexplainedWarnings == unexplained - 1);
    requireStored(*document);
    document->undoStack()->undo();
    CHECK(document->summary().unexplainedWarnings == unexplained);
    requireStored(*document);
}

TEST_CASE("a 定稿 workbook refuses edits until it is reopened; 定稿 refuses errors and an empty form", "[document]")
{
    Scratch scratch;
    Workbook workbook = sampleWorkbook(1, 1);
    workbook.schools[0].tiers = {u"国家示范性高职院校"_qs};
    auto document = newDocument(scratch, workbook);
    REQUIRE(document->setField(FieldAddress::of(0, 0, RowField::Students), u"abc"_qs).ok());
    const Status refused = document->finalize();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(u"不能定稿：还有 1 个错误"));
    REQUIRE(document->setField(FieldAddress::of(0, 0, RowField::Students), u"80"_qs).ok());
    REQUIRE(document->finalize().ok());
    CHECK(document->isFinal());
    CHECK_FALSE(document->isEditable());
    CHECK(document->undoStack()->count() == 0);
    const Status locked = document->setField(FieldAddress::of(0, 0, RowField::Students), u"90"_qs);
    CHECK(locked.message().contains(u"已定稿"));
    REQUIRE(document->reopen().ok());
    REQUIRE(document->setField(FieldAddress::of(0, 0, RowField::Students), u"90"_qs).ok());
    CHECK(hasFinding(document->findings(), u"W09"_qs));
    requireStored(*document);
}

TEST_CASE("a read-only file and a file another x1apply edits open read-only with the reason", "[document]")
{
    Scratch scratch;
    auto first = newDocument(scratch, sampleWorkbook(1, 1));
    CHECK(first->isEditable());
    CHECK(QFile::exists(EditLock::lockPath(first->path())));
    auto second = openDocument(first->path());
    CHECK_FALSE(second->isEditable());
    CHECK(second->readOnlyReason().contains(u"正在被另一个 x1apply 编辑"));
    CHECK(second->setField(FieldAddress::of(HeaderField::Contact), u"李"_qs).message() == second->readOnlyReason());
    const QString path = first->path();
    first.reset();
    CHECK_FALSE(QFile::exists(EditLock::lockPath(path)));

    const QString readOnly = scratch.path(u"只读.x1db"_qs);
    REQUIRE(WorkbookFile::create(readOnly, sampleWorkbook(1, 1)).ok());
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    const QString bytes = sha256Of(readOnly);
    auto document = openDocument(readOnly);
    CHECK_FALSE(document->isEditable());
    CHECK(document->readOnlyReason().contains(u"只读"));
    CHECK_FALSE(document->insertSchool(0, School{}).ok());
    CHECK(sha256Of(readOnly) == bytes);
}

TEST_CASE("a cancelled import leaves the workbook and every source byte-identical", "[document][import]")
{
    Scratch scratch;
    auto document = newDocument(scratch, sampleWorkbook(1, 1), u"市州.x1db"_qs);
    QStringList sources;
    for (int i = 0; i < 6; ++i) {
        Workbook source = sampleWorkbook(2, 1);
        for (School& school : source.schools)
            school.name = u"来源%1学校%2"_qs.arg(i).arg(school.name);
        const QString path = scratch.path(u"来源%1.x1db"_qs.arg(i));
        REQUIRE(WorkbookFile::create(path, source).ok());
        sources << path;
    }
    QStringList before;
    for (const QString& path : sources + QStringList{document->path()})
        before << sha256Of(path);

    std::atomic_bool cancel{false};
    int reported = 0;
    Progress progress;
    progress.cancel = &cancel;
    progress.report = [&](int done, int total, const QString&) {
        ++reported;
        CHECK(total == 6);
        if (done == 2)
            cancel = true;
    };
    MergeRequestCore request;
    request.paths = sources;
    const Result<MergeRun> run = importIntoDocument(*document, request, progress);
    REQUIRE(run.ok());
    CHECK(run->outcome == MergeRun::Outcome::Cancelled);
    CHECK(reported >= 2);
    CHECK(document->workbook().schools.size() == 1);
    CHECK(document->undoStack()->count() == 0);
    QStringList after;
    for (const QString& path : sources + QStringList{document->path()})
        after << sha256Of(path);
    CHECK(after == before);

    const Result<MergeRun> full = importIntoDocument(*document, request);
    INFO(full.message().toStdString());
    REQUIRE(full.ok());
    CHECK(full->outcome == MergeRun::Outcome::Merged);
    CHECK(document->workbook().schools.size() == 13);
    requireStored(*document);
    document->undoStack()->undo();
    CHECK(document->workbook().schools.size() == 1);
    requireStored(*document);
}

TEST_CASE("a 技师学院 merged by mistake is removed with one console command, and 定稿 then succeeds", "[document][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(u"宜宾.x1db"_qs);
    Workbook workbook = sampleWorkbook(2, 1);
    for (School& school : workbook.schools)
        school.tiers = {u"国家示范性高职院校"_qs};
    workbook.schools[1].name = u"宜宾市技师学院"_qs;
    workbook.schools[1].type = u"技师学院"_qs;
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    CHECK(runCli({u"finalize"_qs, path}).exitCode == 1);

    const CliRun removed = runCli({u"remove-school"_qs, path, u"宜宾市技师学院"_qs});
    CHECK(removed.exitCode == 0);
    CHECK(removed.err.contains(u"已删除学校“宜宾市技师学院”"));
    CHECK_FALSE(QFile::exists(EditLock::lockPath(path)));
    const Workbook stored = WorkbookFile::read(path).value();
    REQUIRE(stored.schools.size() == 1);
    CHECK(stored.schools[0] == workbook.schools[0]);
    CHECK(runCli({u"finalize"_qs, path}).exitCode == 0);

    const CliRun refused = runCli({u"remove-school"_qs, path, u"四川第1职业技术学院"_qs});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"已定稿"));
    const CliRun missing = runCli({u"remove-school"_qs, scratch.path(u"无.x1db"_qs), u"x"_qs});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("after schools are added and removed, the live findings equal a whole check, without checking every school again", "[document][checks]")
{
    Scratch scratch;
    Workbook workbook = sampleWorkbook(6, 2);
    workbook.schools[4].name.clear(); // called by its number, which moves
    auto document = newDocument(scratch, workbook);
    const auto wholeCheck = [&] { return checkWorkbook(document->workbook(), Catalog::builtIn(), standardCheckOptions()); };
    CHECK(document->findings() == wholeCheck());

    School added = workbook.schools[0];
    added.name = u"宜宾市技师学院"_qs;
    added.type = u"技师学院"_qs;
    REQUIRE(document->insertSchool(2, added).ok());
    REQUIRE(document->setField(FieldAddress::of(3, 1, RowField::Students), u"很多"_qs).ok());
    CHECK(document->findings() == wholeCheck());
    REQUIRE(document->removeSchool(1).ok());
    CHECK(document->findings() == wholeCheck());
    REQUIRE(document->insertSchool(0, added).ok());
    REQUIRE(document->removeSchool(6).ok());
    CHECK(document->findings() == wholeCheck());
    document->undoStack()->undo();
    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(document->findings() == wholeCheck());
    const auto e03 = std::find_if(document->findings().begin(), document->findings().end(),
                                  [](const Finding& f) { return f.code == u"E03"; });
    REQUIRE(e03 != document->findings().end());
    CHECK(e03->schoolIndex == 2);
}
