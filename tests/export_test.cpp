// Exporting the printed form: the draft mark until 定稿, all or nothing, progress and cancel.
#include "support/catch.h"
#include "support/pdf_probe.h"
#include "support/test_files.h"

#include "export/workbook_export.h"
#include "storage/workbook_file.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <atomic>

using namespace x1;
using namespace x1::test;

namespace {

// A workbook with exactly `errors` errors: E06, a 专业数量 that does not match the majors listed.
Workbook workbookWithErrors(int schools, int errors)
{
    Workbook workbook = sampleWorkbook(schools, 2);
    for (int i = 0; i < errors; ++i)
        workbook.schools[i].rows[0].majorCount = QStringLiteral("9");
    return workbook;
}

QStringList filesIn(const Scratch& scratch)
{
    return QDir(scratch.dir().path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("a copy printed before 定稿 says so on every page, and export exits 1 while errors remain", "[export][pdf]")
{
    Scratch scratch;
    const QString path = scratch.path(u"市州.x1db"_qs);
    REQUIRE(WorkbookFile::create(path, workbookWithErrors(30, 3)).ok());
    const QString pdf = scratch.path(u"草稿.pdf"_qs);

    const CliRun run = runCli({u"export"_qs, path, u"--pdf"_qs, pdf});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"还有 3 个错误：导出的是草稿"));
    const int pages = pdfInfo(pdf).pages;
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString text = pdfPageText(pdf, page);
        CHECK(text.contains(u"草稿 — 未定稿，尚有 3 个错误"));
    }
}

TEST_CASE("a 定稿 workbook prints without the draft mark; one without errors prints 草稿 — 未定稿 and exits 0", "[export][pdf]")
{
    Scratch scratch;
    const QString path = scratch.path(u"学校.x1db"_qs);
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(2, 2)).ok());
    const QString draft = scratch.path(u"草稿.pdf"_qs);
    const CliRun before = runCli({u"export"_qs, path, u"--pdf"_qs, draft});
    CHECK(before.exitCode == 0);
    CHECK(pdfPageText(draft, 1).contains(u"草稿 — 未定稿"));
    CHECK_FALSE(pdfPageText(draft, 1).contains(u"尚有"));

    REQUIRE(runCli({u"finalize"_qs, path}).exitCode == 0);
    const QString sealed = scratch.path(u"报送件.pdf"_qs);
    const CliRun after = runCli({u"export"_qs, path, u"--pdf"_qs, sealed});
    CHECK(after.exitCode == 0);
    CHECK_FALSE(after.err.contains(u"草稿"));
    CHECK_FALSE(pdfPageText(sealed, 1).contains(u"草稿"));
    // The mark is not part of what the code covers: the same code before and after.
    CHECK(before.out == after.out);
}

TEST_CASE("an export that cannot write one target writes none, and leaves existing files as they were", "[export]")
{
    Scratch scratch;
    const QString path = scratch.path(u"学校.x1db"_qs);
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(2, 2)).ok());
    const QString xlsx = scratch.path(u"申报表.xlsx"_qs);
    writeBytes(xlsx, "an older export");

    const CliRun run = runCli({u"export"_qs, path, u"--xlsx"_qs, xlsx, u"--pdf"_qs,
                               scratch.path(u"没有的文件夹/申报表.pdf"_qs)});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QDir::toNativeSeparators(scratch.path(u"没有的文件夹/申报表.pdf"_qs)) + u"：文件夹不存在"));
    CHECK(readBytes(xlsx) == "an older export");
    CHECK(filesIn(scratch) == QStringList({u"学校.x1db"_qs, u"申报表.xlsx"_qs}));

    const CliRun twice = runCli({u"export"_qs, path, u"--xlsx"_qs, xlsx, u"--json"_qs, xlsx});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(u"同一个文件被指定了两次"));
    const CliRun folder = runCli({u"export"_qs, path, u"--pdf"_qs, scratch.dir().path()});
    CHECK(folder.exitCode == 2);
    CHECK(folder.err.contains(u"这是一个文件夹，不是文件"));
    CHECK(readBytes(xlsx) == "an older export");
}

TEST_CASE("export reports its progress, and a cancelled export leaves no file behind", "[export]")
{
    Scratch scratch;
    const Workbook workbook = sampleWorkbook(60, 3);
    ExportRequest request;
    request.xlsx = scratch.path(u"申报表.xlsx"_qs);
    request.pdf = scratch.path(u"申报表.pdf"_qs);
    writeBytes(request.pdf, "an older PDF");

    QList<int> steps;
    std::atomic_bool cancel = false;
    Progress progress;
    progress.cancel = &cancel;
    progress.report = [&](int done, int total, const QString& current) {
        CHECK(total == 200); // hundredths of each of the two targets
        steps << done;
        // Cancelled while the PDF (the second target) is being painted.
        if (current == request.pdf)
            cancel = true;
    };
    const Result<ExportOutcome> cancelled = exportWorkbook(workbook, request, progress);
    CHECK_FALSE(cancelled.ok());
    CHECK(cancelled.message() == u"已取消"_qs);
    CHECK(steps.first() == 0);
    CHECK(steps.contains(100)); // the PDF begun
    CHECK(readBytes(request.pdf) == "an older PDF");
    CHECK(filesIn(scratch) == QStringList({u"申报表.pdf"_qs}));

    steps.clear();
    cancel = false;
    progress.report = [&](int done, int, const QString&) { steps << done; };
    const Result<ExportOutcome> done = exportWorkbook(workbook, request, progress);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(done->written == QStringList({request.xlsx, request.pdf}));
    CHECK(steps.first() == 0);
    CHECK(steps.last() == 200);
    CHECK(std::is_sorted(steps.begin(), steps.end()));
    // The PDF's pages move the bar between its start and its end.
    CHECK(std::count_if(steps.begin(), steps.end(), [](int done) { return done > 100 && done < 200; }) > 0);
    CHECK(filesIn(scratch) == QStringList({u"申报表.pdf"_qs, u"申报表.xlsx"_qs}));
    CHECK(pdfInfo(request.pdf).pages > 1);
}
