// `check` on a workbook of 2,000 schools / 10,000 rows (issue 3: aim < 100 ms). Measures the
// checks alone (in-process), the read of the workbook they need (the yardstick), `check --json`
// run in-process through the CLI, and the whole x1apply-cli process.
//   cmake --build build --target bench_check x1apply-cli && build/bench/bench_check [runs] [path/to/x1apply-cli]
#include "bench_support.h"

#include "catalog/catalog.h"
#include "cli.h"
#include "rules/check_engine.h"
#include "storage/workbook_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace x1;

// `warningHeavy`: gaps in the evidence, weak teams and routing problems give more findings than
// rows (a stress case); otherwise the workbook is as clean as a finished province form.
static Workbook generated(int schools, int rowsPerSchool, bool warningHeavy)
{
    const Catalog& catalog = Catalog::builtIn();
    Workbook workbook;
    workbook.header = {QStringLiteral("sc-2019"), QStringLiteral("成都市教育局"), QString(), QStringLiteral("王伟"),
                       QStringLiteral("028-86110894"), QDate(2019, 4, 22)};
    for (int s = 0; s < schools; ++s) {
        School school;
        school.name = QStringLiteral("四川第%1职业技术学院").arg(s + 1);
        school.schoolCode = QStringLiteral("51%1").arg(s + 1, 8, 10, QLatin1Char('0'));
        school.type = s % 4 == 0 ? QStringLiteral("高职") : QStringLiteral("中职");
        school.affiliation = warningHeavy ? QStringLiteral("市（州）属") : QString();
        school.city = catalog.cities().at(s % catalog.cities().size()).name;
        if (s % 3 != 0 || !warningHeavy)
            school.tiers = {QStringLiteral("省级示范中等职业学校")};
        const QString level = catalog.schoolLevelOf(school.type);
        for (int r = 0; r < rowsPerSchool; ++r) {
            const CertificateInfo& c = catalog.certificates().at((s + r) % catalog.certificates().size());
            CertificateRow row;
            row.certificate = c.name;
            row.levels = {QStringLiteral("初级"), QStringLiteral("中级")};
            row.majors = c.majorsByLevel.value(level).mid(r % 2, 2);
            if (s % 7 == 0 && warningHeavy)
                row.majors << QStringLiteral("电子商务");
            row.majorCount = QString::number(row.majors.size());
            row.students = QString::number(30 + (s + r) % 300);
            if (s % 5 != 0 || !warningHeavy) {
                for (const QString& major : row.majors)
                    row.evidence.enrolment << MajorEnrolment{major, {40, s % 11 == 0 && warningHeavy ? 0 : 45, 50}};
                row.evidence.trainingExperience = {true, QStringLiteral("社会培训")};
                row.evidence.teachingResources = {true, QString()};
                row.evidence.facilities = {s % 13 != 0 || !warningHeavy, QString()};
                row.evidence.management = {true, QString()};
            }
            row.evidence.teamSize = 10;
            row.evidence.dualQualified = warningHeavy ? 4 + (s + r) % 4 : 6;
            row.evidence.industryExperts = warningHeavy ? 1 + (s + r) % 3 : 2;
            school.rows << row;
        }
        workbook.schools << school;
    }
    return workbook;
}

static void run(const char* label, const Workbook& workbook, int runs, const QString& cliPath)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.x1db"));
    if (!WorkbookFile::create(path, workbook))
        std::abort();
    if (const QString keep = qEnvironmentVariable("X1_BENCH_KEEP"); !keep.isEmpty())
        QFile::copy(path, keep + u'-' + QString::fromLatin1(label) + u".x1db"); // to look at with the CLI
    const Catalog& catalog = Catalog::builtIn();
    const QList<Finding> findings = checkWorkbook(workbook, catalog);
    const CheckSummary summary = CheckSummary::of(findings);
    std::printf("\n%s workbook: %d schools, %d rows; %d findings (%d errors, %d warnings); %d runs after 1 warm-up\n",
                label, int(workbook.schools.size()), workbook.rowCount(), int(findings.size()), summary.errors,
                summary.warnings, runs);

    const bench::Figures checks = bench::measure(runs, [&] {
        if (checkWorkbook(workbook, catalog).size() != findings.size())
            std::abort();
    });
    bench::print("checks alone (in-process)", checks);
    const bench::Figures read = bench::measure(runs, [&] {
        if (WorkbookFile::read(path)->rowCount() != workbook.rowCount())
            std::abort();
    });
    bench::print("yardstick: read the workbook", read);
    const bench::Figures command = bench::measure(runs, [&] {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        if (cli::run({QStringLiteral("check"), path, QStringLiteral("--json")}, outStream, errStream) > 1)
            std::abort();
    });
    bench::print("check --json (in-process: read, check, JSON)", command);
    std::printf("ratios to the read: checks %.2f, command %.2f\n", checks.median / read.median,
                command.median / read.median);
    if (cliPath.isEmpty())
        return;
    const bench::Figures process = bench::measure(runs, [&] {
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        cli.start(cliPath, {QStringLiteral("check"), path, QStringLiteral("--json")});
        if (!cli.waitForFinished(60000) || cli.exitCode() > 1)
            std::abort();
    });
    bench::print("x1apply-cli check --json (whole process)", process);
    const bench::Figures version = bench::measure(runs, [&] {
        QProcess cli;
        cli.start(cliPath, {QStringLiteral("--version")});
        cli.waitForFinished(60000);
    });
    bench::print("yardstick: x1apply-cli --version", version);
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 15;
    const QString cliPath = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    run("clean", generated(2000, 5, false), runs, cliPath);
    run("warning-heavy", generated(2000, 5, true), runs, cliPath);
    return 0;
}
