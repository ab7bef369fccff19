// Merging many one-school workbooks (issue 7: 10,000 under 10 s, peak memory under 300 MB,
// cost linear in the number of sources).
//   cmake --build build --target bench_merge
//   build/bench/bench_merge generate DIR N     writes N one-school .x1db files into DIR
//   build/bench/bench_merge DIR [runs]         times `merge OUT DIR` in-process (min/median/max)
// Whole-process time and peak RSS: bench/bench_merge.sh.
#include "bench_support.h"

#include "catalog/catalog.h"
#include "cli.h"
#include "storage/workbook_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

using namespace x1;

namespace {

School generatedSchool(int index, const Catalog& catalog)
{
    School school;
    school.name = QStringLiteral("四川第%1职业学校").arg(index + 1);
    school.type = index % 4 == 0 ? QStringLiteral("高职") : QStringLiteral("中职");
    school.city = catalog.cities().at(index % catalog.cities().size()).name;
    school.affiliation = index % 4 == 0 ? QStringLiteral("省属") : QStringLiteral("市（州）属");
    for (int r = 0; r < 1 + index % 3; ++r) {
        const CertificateInfo& certificate = catalog.certificates().at((index + r) % catalog.certificates().size());
        CertificateRow row;
        row.certificate = certificate.name;
        row.levels = {QStringLiteral("初级"), QStringLiteral("中级")};
        row.majors = certificate.majorsByLevel.value(QStringLiteral("中职")).mid(0, 2);
        row.students = QString::number(30 + (index * 7 + r * 13) % 300);
        row.evidence.teamSize = 10;
        row.evidence.dualQualified = 6;
        row.evidence.industryExperts = 2;
        school.rows << row;
    }
    return school;
}

int generate(const QString& folder, int count)
{
    QDir().mkpath(folder);
    const Catalog& catalog = Catalog::builtIn();
    for (int i = 0; i < count; ++i) {
        Workbook workbook;
        const School school = generatedSchool(i, catalog);
        workbook.header = {QStringLiteral("sc-2019"), school.name, QString(), QStringLiteral("王伟"),
                           QStringLiteral("028-86110894"), QDate(2019, 4, 20 + i % 6)};
        workbook.schools << school;
        const QString path = QDir(folder).filePath(QStringLiteral("school%1.x1db").arg(i, 5, 10, QLatin1Char('0')));
        if (Status status = WorkbookFile::create(path, workbook, true); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.message()));
            return 1;
        }
    }
    std::printf("%d workbooks in %s\n", count, qPrintable(folder));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == u"generate")
        return generate(args[1], args[2].toInt());
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_merge generate DIR N | bench_merge DIR [runs]\n");
        return 2;
    }
    const int runs = args.size() > 1 ? args[1].toInt() : 5;
    QTemporaryDir out;
    const QString merged = out.filePath(QStringLiteral("merged.x1db"));
    int exitCode = 0;
    const bench::Figures figures = bench::measure(runs, [&] {
        QString outText, errText;
        QTextStream outStream(&outText), errStream(&errText);
        exitCode = cli::run({QStringLiteral("merge"), merged, args[0], QStringLiteral("--unit"), QStringLiteral("四川省教育厅"),
                             QStringLiteral("--force")},
                            outStream, errStream);
    });
    std::printf("merge exit code %d\n", exitCode);
    bench::print(qPrintable(QStringLiteral("merge %1").arg(QDir(args[0]).dirName())), figures);
    return 0;
}
