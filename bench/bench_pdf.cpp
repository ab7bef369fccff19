// PDF export of the printed form, 1,000 and 10,000 rows (issue: at least 5× faster than LibreOffice
// converting our own XLSX of the same rows; bench/bench_pdf.sh runs both side by side).
//   bench_pdf make OUT.x1db ROWS      a workbook of ROWS realistic rows (1–4 per school)
//   bench_pdf time WORKBOOK [RUNS]    in-process: layout of the form, then the whole PDF
#include "bench_support.h"

#include "catalog/catalog.h"
#include "printout/printed_form.h"
#include "model/workbook.h"
#include "pdf/form_fonts.h"
#include "pdf/pdf_export.h"
#include "storage/workbook_file.h"

#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace x1;

static Workbook generated(int rows)
{
    const Catalog& catalog = Catalog::builtIn();
    const QStringList places = {QStringLiteral("成都"), QStringLiteral("绵阳"), QStringLiteral("广安"), QStringLiteral("南充"),
                                QStringLiteral("宜宾"), QStringLiteral("泸州"), QStringLiteral("达州"), QStringLiteral("乐山")};
    const QStringList kinds = {QStringLiteral("职业技术学院"), QStringLiteral("工业职业技术学院"),
                               QStringLiteral("交通职业技术学校"), QStringLiteral("职业高级中学")};
    const QList<QStringList> levelSets = {{QStringLiteral("初级")}, {QStringLiteral("初级"), QStringLiteral("中级")},
                                          {QStringLiteral("中级"), QStringLiteral("高级")},
                                          {QStringLiteral("初级"), QStringLiteral("中级"), QStringLiteral("高级")}};
    QRandomGenerator random(1);
    Workbook workbook;
    workbook.header = {QStringLiteral("sc-2019"), QStringLiteral("四川省教育厅（汇总）"), QString(), QStringLiteral("王伟"),
                       QStringLiteral("028-86110894"), QDate(2019, 4, 22)};
    for (int s = 0; workbook.rowCount() < rows; ++s) {
        School school;
        school.name = places[s % places.size()] + QStringLiteral("第%1").arg(s + 1) + kinds[(s / 8) % kinds.size()];
        school.type = s % 3 == 0 ? QStringLiteral("高职") : QStringLiteral("中职");
        const int count = qMin(1 + int(random.bounded(4)), rows - workbook.rowCount());
        for (int r = 0; r < count; ++r) {
            const CertificateInfo& certificate = catalog.certificates().at((s + r) % catalog.certificates().size());
            const QStringList majors = certificate.majorsByLevel.value(school.type);
            CertificateRow row;
            row.certificate = certificate.name;
            row.levels = levelSets[random.bounded(int(levelSets.size()))];
            row.majors = majors.mid(int(random.bounded(qMax(1, int(majors.size()) - 3))), 1 + int(random.bounded(4)));
            row.students = QString::number(30 + random.bounded(370));
            row.remark = random.bounded(10) == 0 ? QStringLiteral("校企合作共建实训基地") : QString();
            school.rows << row;
        }
        workbook.schools << school;
    }
    return workbook;
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == u"make") {
        QFile::remove(args[2]);
        return WorkbookFile::create(args[2], generated(args[3].toInt())).ok() ? 0 : 1;
    }
    if (args.size() < 3 || args[1] != u"time") {
        std::fprintf(stderr, "usage: bench_pdf make OUT.x1db ROWS | bench_pdf time WORKBOOK [RUNS]\n");
        return 2;
    }
    const Result<Workbook> workbook = WorkbookFile::read(args[2]);
    if (!workbook)
        return 1;
    const int runs = args.size() > 3 ? args[3].toInt() : 5;
    QTemporaryDir dir;
    const PrintedForm form = PrintedForm::of(*workbook, Catalog::builtIn());
    std::printf("%d rows, %d schools; %d runs after 1 warm-up\n", int(form.rows.size()), form.schools, runs);
    bench::print("PrintedForm::of (layout + code)", bench::measure(runs, [&] {
        PrintedForm::of(*workbook, Catalog::builtIn());
    }));
    bench::print("FormFonts::prepare (subset, register)", bench::measure(runs, [&] {
        if (!pdf::FormFonts::prepare(pdf::codePointsOf(form)))
            std::abort();
    }));
    bench::print("writeFormPdf (fonts, layout, paint)", bench::measure(runs, [&] {
        if (!pdf::writeFormPdf(form, dir.filePath(QStringLiteral("form.pdf"))))
            std::abort();
    }));
    return 0;
}
