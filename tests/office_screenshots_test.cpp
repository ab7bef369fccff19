// Screenshots of the offices' screens for docs/screenshots: the import's progress and summary,
// the conflicts view and the statistics with their chart, for a 市州 of 30 schools and for the
// province of 300. Hidden from the normal run: they write into the source tree.
#include "support/catch.h"
#include "support/gui_driver.h"
#include "merge_fixtures.h"
#include "support/test_files.h"

#include "application.h"
#include "catalog/catalog.h"
#include "common/file_dialog.h"
#include "conflicts/conflicts_dialog.h"
#include "document/workbook_document.h"
#include "main_window.h"
#include "office/import_actions.h"
#include "office/import_summary_dialog.h"
#include "office/office_actions.h"
#include "stats/stats_dialog.h"
#include "storage/workbook_file.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTest>

using namespace x1;
using namespace x1::test;

namespace {

QString screenshotPath(const QString& name)
{
    const QString folder = QStringLiteral(X1_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(folder);
    return folder + u'/' + name;
}

void saveGrab(QWidget* widget, const QString& name)
{
    widget->show();
    settle();
    QTest::qWait(50);
    CHECK(widget->grab().save(screenshotPath(name)));
}

// `schools` schools in `files` source workbooks, of one city or of all; the last school comes
// twice, with different students, so that there is a conflict to show.
QStringList writeSources(const Scratch& scratch, int schools, int files, const QString& city)
{
    const Catalog& catalog = Catalog::builtIn();
    Workbook all = sampleWorkbook(schools, 3);
    const QStringList types = {QStringLiteral("中职"), QStringLiteral("中职"), QStringLiteral("中职"), QStringLiteral("高职"), QStringLiteral("应用型本科")};
    for (int s = 0; s < all.schools.size(); ++s) {
        School& school = all.schools[s];
        school.type = types[s % types.size()];
        if (!city.isEmpty())
            school.city = city;
        school.name = QStringLiteral("%1第%2职业技术学校").arg(school.city.left(2)).arg(s + 1);
        for (int r = 0; r < school.rows.size(); ++r) {
            CertificateRow& row = school.rows[r];
            row.certificate = catalog.certificates().at((s * 2 + r * 3 + s / 7) % catalog.certificates().size()).name;
            row.levels = (s + r) % 3 == 0 ? QStringList{QStringLiteral("初级")}
                                          : QStringList{QStringLiteral("初级"), QStringLiteral("中级")};
        }
    }
    QStringList paths;
    for (int f = 0; f < files; ++f) {
        Workbook part = workbookOf(QStringLiteral("第%1报送单位").arg(f + 1), {});
        for (int s = f; s < all.schools.size(); s += files)
            part.schools << all.schools[s];
        paths << writeWorkbook(scratch, QStringLiteral("%1_%2.x1db").arg(f + 1, 2, 10, QLatin1Char('0')).arg(part.schools.first().city), part);
    }
    School changed = all.schools.last();
    changed.rows[0].students = QStringLiteral("260");
    changed.rows[1].majors.removeLast();
    paths << writeWorkbook(scratch, QStringLiteral("补报_%1.x1db").arg(changed.name), workbookOf(QStringLiteral("补报单位"), {changed}));
    return paths;
}

void screenshotsOf(const QString& unit, const QString& city, int schools, int files, const QString& prefix)
{
    Scratch scratch;
    PrivateSettings settings;
    const QString path = scratch.path(unit + QStringLiteral("_1+X试点申报.x1db"));
    REQUIRE(WorkbookFile::create(path, workbookOf(unit, {})).ok());
    gui::MainWindow window;
    window.adopt(std::move(WorkbookDocument::open(path)).value());
    window.resize(1280, 800);
    window.show();
    settle();

    gui::ImportActions* imports = window.officeActions()->imports();
    QSignalSpy finished(imports, &gui::ImportActions::finished);
    int reports = 0;
    // At the third report the dialog shows the second file.
    QObject::connect(imports, &gui::ImportActions::progressed, imports, [&] {
        if (++reports == 3 && imports->progressDialog()) {
            CHECK(imports->progressDialog()->grab().save(screenshotPath(prefix + QStringLiteral("_import_progress.png"))));
        }
    });
    gui::FileDialog::setNextAnswers(writeSources(scratch, schools, files, city));
    child<QAction>(&window, "importAction")->trigger();
    REQUIRE(finished.wait(120000));
    REQUIRE(imports->summaryDialog());
    saveGrab(imports->summaryDialog(), prefix + QStringLiteral("_import_summary.png"));
    imports->summaryDialog()->close();

    gui::ConflictsDialog* conflicts = window.officeActions()->openConflicts();
    conflicts->resize(1000, 560);
    saveGrab(conflicts, prefix + QStringLiteral("_conflicts.png"));
    conflicts->close();

    gui::StatsDialog* stats = window.officeActions()->openStats();
    stats->resize(1180, 700);
    saveGrab(stats, prefix + QStringLiteral("_stats.png"));
    stats->showTable(gui::StatsDialog::Table::Cities);
    saveGrab(stats, prefix + QStringLiteral("_stats_cities.png"));
    stats->close();
}

// The summary after importing the hand-filled forms of the test corpus (and two it refuses):
// cells not understood and files refused.
void summaryOfCorpus()
{
    Scratch scratch;
    PrivateSettings settings;
    const QString path = scratch.path(QStringLiteral("成都市教育局_1+X试点申报.x1db"));
    REQUIRE(WorkbookFile::create(path, workbookOf(QStringLiteral("成都市教育局"), {})).ok());
    gui::MainWindow window;
    window.adopt(std::move(WorkbookDocument::open(path)).value());
    window.show();
    gui::ImportActions* imports = window.officeActions()->imports();
    QSignalSpy finished(imports, &gui::ImportActions::finished);
    QStringList forms;
    for (const QString& name : QDir(dataFile(QStringLiteral("forms"))).entryList({QStringLiteral("*.xls*")}, QDir::Files, QDir::Name))
        forms << dataFile(QStringLiteral("forms/") + name);
    REQUIRE(imports->startImport(forms.mid(0, 26)));
    REQUIRE(finished.wait(120000));
    REQUIRE(imports->summaryDialog());
    imports->summaryDialog()->resize(1000, 600);
    saveGrab(imports->summaryDialog(), QStringLiteral("office_import_summary_corpus.png"));
}

} // namespace

TEST_CASE("screenshots of the offices' screens", "[.][screenshots][office-screenshots]")
{
    gui::useInterfaceFont(*qApp);
    screenshotsOf(QStringLiteral("成都市教育局"), QStringLiteral("成都市"), 30, 6, QStringLiteral("office_city"));
    screenshotsOf(QStringLiteral("四川省教育厅"), QString(), 300, 22, QStringLiteral("office_province"));
    summaryOfCorpus();
}
