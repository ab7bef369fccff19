// The offices' screens of the window (issue 14): 导入/汇总 through the dialogs with progress and
// 取消, the conflicts view with 保留此版本 and undo, the sources, the statistics against the
// console's `stats --json`, the certificate reference.
#include "support/catch.h"
#include "support/gui_driver.h"
#include "merge_fixtures.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "common/file_dialog.h"
#include "conflicts/conflicts_dialog.h"
#include "document/workbook_document.h"
#include "main_window.h"
#include "office/import_actions.h"
#include "office/import_summary_dialog.h"
#include "office/office_actions.h"
#include "reference/reference_dialog.h"
#include "sources/sources_dialog.h"
#include "stats/stats_dialog.h"
#include "storage/workbook_file.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QDropEvent>
#include <QUrl>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace x1;
using namespace x1::test;

namespace {

// The forms of the corpus that are read (their expected result is not a refusal).
QStringList goodForms()
{
    QStringList forms;
    const QDir folder(dataFile(QStringLiteral("forms")));
    for (const QString& name : folder.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name)) {
        const QJsonObject expected =
            QJsonDocument::fromJson(readBytes(folder.filePath(QStringLiteral("expected/") + name + QStringLiteral(".json")))).object();
        if (!expected.contains(u"error"))
            forms << folder.filePath(name);
    }
    return forms;
}

Workbook officeWorkbook()
{
    return workbookOf(QStringLiteral("成都市教育局"), {});
}

struct OfficeWindow {
    Scratch scratch;
    PrivateSettings settings;
    QString path;
    gui::MainWindow window;

    explicit OfficeWindow(const Workbook& workbook) : path(scratch.path(QStringLiteral("成都市_1+X试点申报.x1db")))
    {
        if (!WorkbookFile::create(path, workbook).ok())
            throw std::runtime_error("cannot create the workbook");
        Result<std::unique_ptr<WorkbookDocument>> document = WorkbookDocument::open(path);
        if (!document)
            throw std::runtime_error("cannot open the workbook");
        window.adopt(std::move(document).value());
        window.show();
        settle();
    }

    gui::ImportActions* imports() { return window.officeActions()->imports(); }

    // 导入/汇总文件… answered with `files`; waits for the import to end.
    void importThroughDialog(const QStringList& files)
    {
        QSignalSpy finished(imports(), &gui::ImportActions::finished);
        gui::FileDialog::setNextAnswers(files);
        child<QAction>(&window, "importAction")->trigger();
        REQUIRE(finished.wait(120000));
        settle();
    }
};

QStringList sourceNames(const Workbook& workbook)
{
    QStringList names;
    for (const Source& source : workbook.sources)
        names << source.fileName + u' ' + source.sha256;
    return names;
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("the forms of the corpus imported through the dialog give what the console's import gives", "[gui][office]")
{
    OfficeWindow open(officeWorkbook());
    const QStringList forms = goodForms();
    REQUIRE(forms.size() == 38);

    open.importThroughDialog(forms);
    gui::ImportSummaryDialog* summary = open.imports()->summaryDialog();
    REQUIRE(summary);

    // The console, on a copy of the same workbook.
    const QString console = open.scratch.path(QStringLiteral("console.x1db"));
    REQUIRE(WorkbookFile::create(console, officeWorkbook()).ok());
    const QString report = open.scratch.path(QStringLiteral("report.json"));
    const CliRun run = runCli(QStringList{QStringLiteral("import"), QStringLiteral("--report"), report, console} + forms);
    const QJsonObject expected = QJsonDocument::fromJson(readBytes(report)).object();
    REQUIRE(expected.value(u"written").toBool());

    const Workbook window = stored(open.path);
    const Workbook cli = stored(console);
    CHECK(window.schools == cli.schools);
    CHECK(sourceNames(window) == sourceNames(cli));
    // 27 schools, 4 of them in two versions.
    CHECK(expected.value(u"schoolsAdded").toInt() == 27);
    CHECK(window.schools.size() == 31);
    CHECK(summary->summaryText().contains(
        QStringLiteral("新增学校 %1 所；相同的重复 %2 处已合并")
            .arg(expected.value(u"schoolsAdded").toInt())
            .arg(expected.value(u"duplicatesFolded").toInt())));

    // Every cell not understood, in the table, as the console's report lists them.
    const QJsonArray cells = expected.value(u"cellsNotUnderstood").toArray();
    QTableWidget* table = summary->cellsTable();
    REQUIRE(table->rowCount() == cells.size());
    REQUIRE(cells.size() > 0);
    for (int row = 0; row < cells.size(); ++row) {
        const QJsonObject issue = cells[row].toObject();
        CHECK(cell(table, row, 0) == QFileInfo(issue.value(u"file").toString()).fileName());
        CHECK(cell(table, row, 1) == issue.value(u"sheet").toString());
        CHECK(cell(table, row, 2) == issue.value(u"cell").toString());
        CHECK(cell(table, row, 3) == issue.value(u"text").toString());
        CHECK(cell(table, row, 4) == issue.value(u"reason").toString());
    }
    // Ctrl+C: the selected line with the header, tab-separated.
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QJsonObject first = cells[0].toObject();
    CHECK(QApplication::clipboard()->text()
          == QStringLiteral("文件\t工作表\t单元格\t内容\t原因\n") + QFileInfo(first.value(u"file").toString()).fileName() + u'\t'
                 + first.value(u"sheet").toString() + u'\t' + first.value(u"cell").toString() + u'\t'
                 + first.value(u"text").toString().replace(u'\n', u' ') + u'\t' + first.value(u"reason").toString() + u'\n');
    // 另存为 CSV.
    const QString csv = open.scratch.path(QStringLiteral("cells.csv"));
    REQUIRE(summary->saveCells(csv));
    CHECK(readBytes(csv).startsWith("\xEF\xBB\xBF文件,工作表,单元格,内容,原因\r\n"));
    CHECK(QString::fromUtf8(readBytes(csv)).contains(first.value(u"reason").toString()));
    summary->close();

    // One undo step takes the whole import back; redo brings it again.
    WorkbookDocument* document = open.window.document();
    child<QAction>(&open.window, "undoAction")->trigger();
    settle();
    CHECK(stored(open.path).schools.isEmpty());
    CHECK(stored(open.path).sources.isEmpty());
    CHECK(document->workbook().schools.isEmpty());
    child<QAction>(&open.window, "redoAction")->trigger();
    settle();
    CHECK(stored(open.path).schools == cli.schools);
}

TEST_CASE("forms and a folder dropped on the window are imported into the open workbook", "[gui][office]")
{
    OfficeWindow open(officeWorkbook());
    const QStringList forms = goodForms();
    const QString folder = open.scratch.path(QStringLiteral("县区报表"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QFile::copy(forms[1], folder + QStringLiteral("/") + QFileInfo(forms[1]).fileName()));
    REQUIRE(QFile::copy(forms[2], folder + QStringLiteral("/") + QFileInfo(forms[2]).fileName()));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(forms[0]), QUrl::fromLocalFile(folder)});
    QSignalSpy finished(open.imports(), &gui::ImportActions::finished);
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&open.window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&open.window, &drop);
    CHECK(drop.isAccepted());
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().at(0).toBool());
    QStringList read;
    for (const Source& source : stored(open.path).sources)
        read << source.fileName;
    read.sort();
    QStringList expected{QFileInfo(forms[0]).fileName(), QFileInfo(forms[1]).fileName(), QFileInfo(forms[2]).fileName()};
    expected.sort();
    CHECK(read == expected);
}

TEST_CASE("a second import cancelled midway leaves the workbook and the sources byte-identical", "[gui][office]")
{
    OfficeWindow open(officeWorkbook());
    const QStringList forms = goodForms();
    open.importThroughDialog(forms.mid(0, 5));
    REQUIRE(open.imports()->summaryDialog());
    open.imports()->summaryDialog()->close();
    const Workbook before = stored(open.path);
    REQUIRE(before.schools.size() > 0);

    // Many sources: the other forms, each copied under several names.
    QStringList second;
    for (int copy = 0; copy < 12; ++copy) {
        for (const QString& form : forms.mid(5)) {
            const QString target = open.scratch.path(QStringLiteral("第%1批_").arg(copy) + QFileInfo(form).fileName());
            REQUIRE(QFile::copy(form, target));
            second << target;
        }
    }
    QMap<QString, QString> hashes;
    for (const QString& file : second)
        hashes[file] = sha256Of(file);
    const QString workbookHash = sha256Of(open.path);
    const int undoSteps = open.window.document()->undoStack()->count();

    gui::ImportActions* imports = open.imports();
    QSignalSpy finished(imports, &gui::ImportActions::finished);
    int progressSeen = 0;
    QObject::connect(imports, &gui::ImportActions::progressed, imports, [imports, &progressSeen] {
        // At the second report the dialog shows the first (or second: the files are read on
        // every core): file N of M and its name.
        if (progressSeen++ == 1) {
            QProgressDialog* progress = imports->progressDialog();
            if (!progress)
                return;
            CHECK(QRegularExpression(QStringLiteral("^已读取 [12] / %1 个文件：第\\d+批_\\d\\d_.*\\.xlsx$").arg(12 * 33))
                      .match(progress->labelText())
                      .hasMatch());
            CHECK(progress->maximum() == 12 * 33);
            QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
        }
    });
    gui::FileDialog::setNextAnswers(second);
    child<QAction>(&open.window, "importAction")->trigger();
    REQUIRE(finished.wait(120000));
    CHECK(progressSeen >= 2);
    CHECK(finished.first().at(0).toBool() == false);
    CHECK(finished.first().at(1).toBool() == true);
    CHECK(imports->summaryDialog() == nullptr);
    settle();

    CHECK(sha256Of(open.path) == workbookHash);
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        CHECK(sha256Of(it.key()) == it.value());
    CHECK(stored(open.path) == before);
    CHECK(open.window.document()->undoStack()->count() == undoSteps);
}

TEST_CASE("a conflict resolved by clicking 保留此版本 is undone by Undo and redone by Redo", "[gui][office]")
{
    OfficeWindow open(officeWorkbook());
    School first = schoolNamed(QStringLiteral("成都市第一职业高级中学"));
    first.schoolCode = QStringLiteral("5101000001");
    School second = first;
    second.rows[0].students = QStringLiteral("200");
    const QString a = writeWorkbook(open.scratch, QStringLiteral("甲_锦江区.x1db"), workbookOf(QStringLiteral("锦江区教育局"), {first}));
    const QString b = writeWorkbook(open.scratch, QStringLiteral("乙_成华区.x1db"), workbookOf(QStringLiteral("成华区教育局"), {second}));
    open.importThroughDialog({a, b});
    open.imports()->summaryDialog()->close();

    QAction* conflicts = child<QAction>(&open.window, "conflictsAction");
    CHECK(conflicts->text() == QStringLiteral("冲突 (1)"));
    QLabel* note = child<QLabel>(&open.window, "conflictNote");
    CHECK(note->isVisible());
    CHECK(note->text() == QStringLiteral("未解决的冲突：1 所学校"));

    conflicts->trigger();
    auto* dialog = open.window.findChild<gui::ConflictsDialog*>();
    REQUIRE(dialog);
    settle();
    REQUIRE(dialog->schoolList()->count() == 1);
    QTableWidget* versions = dialog->versionsTable();
    REQUIRE(versions->columnCount() == 2);
    // Which file each version came from, above it.
    QStringList headers{versions->horizontalHeaderItem(0)->text().section(u'\n', 0, 0),
                        versions->horizontalHeaderItem(1)->text().section(u'\n', 0, 0)};
    headers.sort();
    CHECK(headers == QStringList({QStringLiteral("乙_成华区.x1db"), QStringLiteral("甲_锦江区.x1db")}));
    // Only the certificate row differs (students 120 and 200): only it is highlighted.
    QStringList highlighted;
    for (int row = 0; row < versions->rowCount(); ++row) {
        if (versions->item(row, 0)->data(Qt::UserRole).toBool())
            highlighted << versions->verticalHeaderItem(row)->text();
    }
    CHECK(highlighted == QStringList{QStringLiteral("证书行 1")});

    const int keep = versions->horizontalHeaderItem(0)->text().startsWith(QStringLiteral("乙")) ? 0 : 1;
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("keepVersion%1").arg(keep)), Qt::LeftButton);
    settle();
    const auto schoolsStored = [&] { return stored(open.path).schools; };
    REQUIRE(schoolsStored().size() == 1);
    CHECK(schoolsStored()[0].rows[0].students == QStringLiteral("200"));
    CHECK(schoolsStored()[0].conflictGroup == 0);
    CHECK(dialog->schoolList()->count() == 0);
    CHECK(conflicts->text() == QStringLiteral("冲突 (0)"));
    CHECK_FALSE(note->isVisible());

    child<QAction>(&open.window, "undoAction")->trigger();
    settle();
    CHECK(schoolsStored().size() == 2);
    CHECK(dialog->schoolList()->count() == 1);
    CHECK(conflicts->text() == QStringLiteral("冲突 (1)"));
    CHECK(note->isVisible());

    child<QAction>(&open.window, "redoAction")->trigger();
    settle();
    REQUIRE(schoolsStored().size() == 1);
    CHECK(schoolsStored()[0].rows[0].students == QStringLiteral("200"));
    CHECK(dialog->schoolList()->count() == 0);
}

TEST_CASE("the statistics view shows the figures of stats --json", "[gui][office]")
{
    OfficeWindow open(officeWorkbook());
    open.importThroughDialog(goodForms());
    open.imports()->summaryDialog()->close();

    child<QAction>(&open.window, "statsAction")->trigger();
    auto* dialog = open.window.findChild<gui::StatsDialog*>();
    REQUIRE(dialog);
    settle();
    const CliRun run = runCli({QStringLiteral("stats"), QStringLiteral("--json"), open.path});
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    REQUIRE(json.value(u"schools").toInt() > 0);

    CHECK(dialog->totalsText()
          == QStringLiteral("学校 %1 所　证书行 %2　学生 %3 名　未解决冲突 %4 所　截止日期 %5")
                 .arg(json.value(u"schools").toInt()).arg(json.value(u"rows").toInt()).arg(json.value(u"students").toInt())
                 .arg(json.value(u"conflicts").toInt()).arg(json.value(u"deadline").toString()));

    const QJsonObject certificates = json.value(u"byCertificate").toObject();
    QTableWidget* table = dialog->table(gui::StatsDialog::Table::Certificates);
    REQUIRE(table->rowCount() == certificates.size());
    const QStringList levels = Catalog::builtIn().levels();
    for (int row = 0; row < table->rowCount(); ++row) {
        const QJsonObject figures = certificates.value(cell(table, row, 0)).toObject();
        REQUIRE_FALSE(figures.isEmpty());
        for (int l = 0; l < levels.size(); ++l)
            CHECK(cell(table, row, 1 + l).toInt() == figures.value(u"levels").toObject().value(levels[l]).toInt());
        CHECK(cell(table, row, 1 + int(levels.size())).toInt() == figures.value(u"rows").toInt());
        CHECK(cell(table, row, 2 + int(levels.size())).toInt() == figures.value(u"schools").toInt());
        CHECK(cell(table, row, 3 + int(levels.size())).toInt() == figures.value(u"students").toInt());
    }
    const QJsonObject types = json.value(u"bySchoolType").toObject();
    table = dialog->table(gui::StatsDialog::Table::SchoolTypes);
    REQUIRE(table->rowCount() == types.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString type = cell(table, row, 0) == u"（空）" ? QString() : cell(table, row, 0);
        CHECK(cell(table, row, 1).toInt() == types.value(type).toInt());
    }
    const QJsonObject cities = json.value(u"byCity").toObject();
    table = dialog->table(gui::StatsDialog::Table::Cities);
    REQUIRE(table->rowCount() == cities.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        const QJsonObject figures = cities.value(cell(table, row, 0)).toObject();
        REQUIRE_FALSE(figures.isEmpty());
        CHECK(cell(table, row, 1).toInt() == figures.value(u"schools").toInt());
        CHECK(cell(table, row, 2).toInt() == figures.value(u"rows").toInt());
        CHECK(cell(table, row, 3).toInt() == figures.value(u"students").toInt());
    }
    CHECK(dialog->concentrationText().contains(QStringLiteral("W08")));

    // Each table's chart, saved as PNG.
    for (auto which : {gui::StatsDialog::Table::Certificates, gui::StatsDialog::Table::SchoolTypes, gui::StatsDialog::Table::Cities}) {
        dialog->showTable(which);
        const QString png = open.scratch.path(QStringLiteral("chart%1.png").arg(int(which)));
        REQUIRE(dialog->saveChart(png));
        CHECK(QImage(png).width() > 100);
    }
}

TEST_CASE("the sources view lists every source with its hash and its schools", "[gui][office]")
{
    OfficeWindow open(officeWorkbook());
    const QStringList forms = goodForms().mid(0, 6);
    open.importThroughDialog(forms);
    open.imports()->summaryDialog()->close();

    child<QAction>(&open.window, "sourcesAction")->trigger();
    auto* dialog = open.window.findChild<gui::SourcesDialog*>();
    REQUIRE(dialog);
    settle();
    QTableWidget* table = dialog->sourcesTable();
    const Workbook workbook = stored(open.path);
    REQUIRE(table->rowCount() == forms.size());
    QMap<QString, QString> listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed[cell(table, row, gui::SourcesDialog::FileColumn)] = cell(table, row, gui::SourcesDialog::Sha256Column);
    QMap<QString, QString> expected;
    for (const QString& form : forms)
        expected[QFileInfo(form).fileName()] = sha256Of(form);
    CHECK(listed == expected);

    for (int row = 0; row < table->rowCount(); ++row) {
        table->selectRow(row);
        settle();
        const Source& source = workbook.sources[row];
        QStringList schools;
        int inConflict = 0;
        for (const School& school : workbook.schools) {
            if (school.sourceId == source.id) {
                schools << school.name;
                inConflict += school.conflictGroup != 0;
            }
        }
        REQUIRE(dialog->schoolsList()->count() == schools.size());
        CHECK(cell(table, row, gui::SourcesDialog::SchoolsColumn)
              == QString::number(schools.size()) + (inConflict > 0 ? QStringLiteral("（%1 所有冲突）").arg(inConflict) : QString()));
        for (int i = 0; i < schools.size(); ++i)
            CHECK(dialog->schoolsList()->item(i)->text().startsWith(schools[i]));
    }
}

TEST_CASE("the certificate reference shows the catalogue's certificates, organisations and majors", "[gui][office]")
{
    OfficeWindow open(officeWorkbook());
    child<QAction>(&open.window, "referenceAction")->trigger();
    auto* dialog = open.window.findChild<gui::ReferenceDialog*>();
    REQUIRE(dialog);
    const Catalog& catalog = Catalog::builtIn();
    QTableWidget* table = dialog->referenceTable();
    REQUIRE(table->rowCount() == 6);
    REQUIRE(catalog.certificates().size() == 6);
    for (int row = 0; row < 6; ++row) {
        const CertificateInfo& certificate = catalog.certificates()[row];
        CHECK(cell(table, row, 0) == certificate.name);
        CHECK(cell(table, row, 1) == certificate.organisation);
        CHECK(cell(table, row, 2).contains(certificate.contact.phone));
        CHECK(cell(table, row, 3) + cell(table, row, 4) + cell(table, row, 5) != QString());
    }
}
