// 定稿 and 取消定稿: finalise refuses while errors remain; a finalised workbook refuses every edit;
// after reopening, W09 reports a changed printed content with both codes.
#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "printout/printed_form.h"
#include "rules/check_engine.h"
#include "storage/workbook_file.h"
#include "util/clock.h"

using namespace x1;
using namespace x1::test;

namespace {

QString codeOf(const Workbook& workbook)
{
    return PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;
}

Workbook stored(const QString& path)
{
    Result<Workbook> workbook = WorkbookFile::read(path);
    REQUIRE(workbook.ok());
    return std::move(workbook).value();
}

QList<Finding> findingsCoded(const Workbook& workbook, const QString& code)
{
    CheckOptions options;
    options.computeCurrentCode = codeOf;
    QList<Finding> found;
    for (const Finding& finding : checkWorkbook(workbook, Catalog::builtIn(), options)) {
        if (finding.code == code)
            found << finding;
    }
    return found;
}

struct FixedClock {
    explicit FixedClock(const QDateTime& time) { Clock::setFixed(time); }
    ~FixedClock() { Clock::setFixed({}); }
};

} // namespace

TEST_CASE("finalize records the code and time; a finalised workbook refuses every edit until reopen", "[finalize][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    const Workbook workbook = sampleWorkbook(3, 2);
    REQUIRE_FALSE(hasErrors(checkWorkbook(workbook, Catalog::builtIn())));
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const QString code = codeOf(workbook);

    const FixedClock clock(QDateTime(QDate(2019, 4, 23), QTime(9, 30), Qt::UTC));
    const CliRun finalised = runCli({QStringLiteral("finalize"), path});
    CHECK(finalised.exitCode == 0);
    CHECK(finalised.out == QStringLiteral("校验码: %1\n").arg(code));
    CHECK(stored(path).finalisation.code == code);
    CHECK(stored(path).finalisation.finalisedAt == QDateTime(QDate(2019, 4, 23), QTime(9, 30), Qt::UTC));
    CHECK_FALSE(stored(path).finalisation.reopened);

    const QString before = sha256Of(path);
    const QString json = scratch.path(QStringLiteral("source.json"));
    REQUIRE(runCli({QStringLiteral("export"), path, QStringLiteral("--json"), json}).exitCode == 0);
    const QList<QStringList> edits = {
        {QStringLiteral("set"), path, QStringLiteral("--contact"), QStringLiteral("李明")},
        {QStringLiteral("import"), path, json},
        {QStringLiteral("explain"), path, QStringLiteral("W07"), QStringLiteral("--text"), QStringLiteral("全省统筹安排的结果")},
        {QStringLiteral("resolve"), path, QStringLiteral("四川第1职业技术学院"), QStringLiteral("--keep"), QStringLiteral("1")},
    };
    for (const QStringList& edit : edits) {
        INFO(edit.first().toStdString());
        const CliRun refused = runCli(edit);
        CHECK(refused.exitCode == 2);
        CHECK(sha256Of(path) == before);
    }
    // set, import and explain name the reason (resolve must too, once it writes).
    for (int i = 0; i < 3; ++i)
        CHECK(runCli(edits[i]).err.contains(QStringLiteral("已定稿")));

    // Finalising again changes nothing and repeats the code.
    const CliRun again = runCli({QStringLiteral("finalize"), path});
    CHECK(again.exitCode == 0);
    CHECK(again.out == QStringLiteral("校验码: %1\n").arg(code));
    CHECK(sha256Of(path) == before);

    CHECK(runCli({QStringLiteral("reopen"), path}).exitCode == 0);
    CHECK(stored(path).finalisation.reopened);
    CHECK(runCli({QStringLiteral("set"), path, QStringLiteral("--contact"), QStringLiteral("李明")}).exitCode == 0);
    CHECK(stored(path).header.contact == QStringLiteral("李明"));
}

TEST_CASE("finalize refuses while errors remain and lists them", "[finalize][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    Workbook workbook = sampleWorkbook(2, 2);
    workbook.schools[1].rows[0].students = QStringLiteral("很多");
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const QString before = sha256Of(path);

    const CliRun refused = runCli({QStringLiteral("finalize"), path});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("不能定稿")));
    CHECK(refused.err.contains(QStringLiteral("E08 四川第2职业技术学院")));
    CHECK(sha256Of(path) == before);
    CHECK(stored(path).finalisation.code.isEmpty());

    CHECK(runCli({QStringLiteral("reopen"), path}).exitCode == 2); // nothing to reopen
}

TEST_CASE("W09 reports a reopened workbook whose printed content changed, until it is finalised again", "[finalize][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(3, 2)).ok());
    REQUIRE(runCli({QStringLiteral("finalize"), path}).exitCode == 0);
    const QString sealed = stored(path).finalisation.code;
    CHECK(findingsCoded(stored(path), QStringLiteral("W09")).isEmpty());

    REQUIRE(runCli({QStringLiteral("reopen"), path}).exitCode == 0);
    CHECK(findingsCoded(stored(path), QStringLiteral("W09")).isEmpty()); // reopened, not changed yet

    REQUIRE(runCli({QStringLiteral("set"), path, QStringLiteral("--phone"), QStringLiteral("028-86110895")}).exitCode == 0);
    const Workbook changed = stored(path);
    const QList<Finding> w09 = findingsCoded(changed, QStringLiteral("W09"));
    REQUIRE(w09.size() == 1);
    const CliRun check = runCli({QStringLiteral("check"), path}); // the console program reports it too
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("W09")));
    CHECK(check.out.contains(sealed));
    CHECK(w09.first().message.contains(sealed));
    CHECK(w09.first().message.contains(codeOf(changed)));

    // Changing it back is the sealed copy again.
    REQUIRE(runCli({QStringLiteral("set"), path, QStringLiteral("--phone"), QStringLiteral("028-86110894")}).exitCode == 0);
    CHECK(findingsCoded(stored(path), QStringLiteral("W09")).isEmpty());
    REQUIRE(runCli({QStringLiteral("set"), path, QStringLiteral("--phone"), QStringLiteral("028-86110895")}).exitCode == 0);

    const CliRun refinalised = runCli({QStringLiteral("finalize"), path});
    CHECK(refinalised.exitCode == 0);
    CHECK(refinalised.out == QStringLiteral("校验码: %1\n").arg(codeOf(changed)));
    CHECK_FALSE(runCli({QStringLiteral("check"), path}).out.contains(QStringLiteral("W09")));
    CHECK(findingsCoded(stored(path), QStringLiteral("W09")).isEmpty());
}

TEST_CASE("a form without a school is an error (E15), and finalize refuses it", "[finalize][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(u"空表.x1db"_qs);
    Workbook empty = sampleWorkbook(1, 1);
    empty.schools.clear();
    REQUIRE(WorkbookFile::create(path, empty).ok());

    const CliRun refused = runCli({u"finalize"_qs, path});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"E15"));
    CHECK(refused.err.contains(u"申报表中没有任何学校"));
    CHECK_FALSE(stored(path).finalisation.isFinal());

    REQUIRE(runCli({u"add-school"_qs, path, u"--name"_qs, u"四川省宜宾市职业技术学校"_qs, u"--type"_qs, u"中职"_qs,
                    u"--tiers"_qs, u"国家示范性中职学校"_qs}).exitCode == 0);
    REQUIRE(runCli({u"add-row"_qs, path, u"四川省宜宾市职业技术学校"_qs, u"--certificate"_qs, u"物流管理"_qs, u"--levels"_qs,
                    u"初级"_qs, u"--majors"_qs, u"物流服务与管理"_qs, u"--students"_qs, u"40"_qs}).exitCode == 0);
    const CliRun accepted = runCli({u"finalize"_qs, path});
    INFO(accepted.err.toStdString());
    CHECK(accepted.exitCode == 0);
    CHECK(stored(path).finalisation.isFinal());
}
