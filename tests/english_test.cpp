// English: with --lang en (or X1APPLY_LANG=en) every message comes from translations/x1apply_en.ts,
// which must be complete and keep each message's %1 %2 … placeholders.
#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "command.h"
#include "i18n/language.h"
#include "printout/printed_form.h"
#include "main_window.h"
#include "common/message_box.h"
#include "editor/workbook_editor.h"
#include "rows/rows_panel.h"
#include "storage/workbook_file.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QTableView>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace x1;
using namespace x1::test;

namespace {

CliRun runInEnglish(QStringList arguments)
{
    arguments << QStringLiteral("--lang") << QStringLiteral("en");
    return runCli(arguments);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString codeOf(const Workbook& workbook)
{
    return PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;
}

// Sets an environment variable for one test and puts the old value back.
class EnvironmentVariable {
public:
    EnvironmentVariable(const char* name, const QByteArray& value)
        : m_name(name), m_wasSet(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentVariable()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_wasSet;
    QByteArray m_old;
};

// Switches the running program to English for one test, back to Chinese afterwards.
struct EnglishForAWhile {
    EnglishForAWhile() { useLanguage(Language::English); }
    ~EnglishForAWhile() { useLanguage(Language::Chinese); }
};

// Installed behind the English translator: it is asked only about what English did not answer,
// so it collects the program's messages whose context or text the .ts does not have.
class UntranslatedRecorder : public QTranslator {
public:
    UntranslatedRecorder() { QCoreApplication::installTranslator(this); }
    ~UntranslatedRecorder() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QByteArray text(source);
        const bool ours = QByteArray(context).startsWith("x1") || QByteArray(context) == "CatalogLoader";
        if (ours || std::any_of(text.begin(), text.end(), [](char c) { return uchar(c) >= 0x80; }))
            missed.insert(QString::fromUtf8(context) + u" | " + QString::fromUtf8(source));
        return {};
    }
    mutable QSet<QString> missed;
};

struct TsMessage {
    QString context, source, translation, type;
};

QList<TsMessage> englishTs()
{
    QFile file(QStringLiteral(X1_SOURCE_DIR "/translations/x1apply_en.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            messages.append({context, {}, {}, {}});
        else if (xml.name() == u"source")
            messages.last().source = xml.readElementText();
        else if (xml.name() == u"translation") {
            messages.last().type = xml.attributes().value(QLatin1StringView("type")).toString();
            messages.last().translation = xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholdersOf(const QString& text)
{
    QStringList found;
    static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

TEST_CASE("English: a missing workbook, an unknown command, new without --profile", "[i18n][cli]")
{
    const CliRun missing = runInEnglish({QStringLiteral("stats"), QStringLiteral("none.x1db")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err == u"none.x1db: file does not exist\n");

    const CliRun unknown = runInEnglish({QStringLiteral("bogus")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == u"Unknown command \"bogus\". Run x1apply-cli --help to see the available commands.\n");

    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    const CliRun noProfile = runInEnglish({QStringLiteral("new"), path});
    CHECK(noProfile.exitCode == 2);
    CHECK(noProfile.err == u"--profile is missing; available form profiles: moe-2019, sc-2019\n");
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("English: the text of stats, a school without a city included", "[i18n][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    Workbook workbook = sampleWorkbook(1, 1);
    workbook.schools[0].city.clear();
    REQUIRE(WorkbookFile::create(path, workbook).ok());

    const CliRun run = runInEnglish({QStringLiteral("stats"), path});
    CHECK(run.exitCode == 0);
    CHECK(run.out == u"Schools: 1  Rows: 1  Students: 30  Unresolved conflicts: 0  Deadline: 2019-04-26\n"
                     u"  建筑信息模型（BIM）: rows 1, schools 1, students 30 (初级 1, 中级 1, 高级 0)\n"
                     u"  Schools of type 高职: 1\n"
                     u"  Unknown city: schools 1, rows 1, students 30\n");
}

TEST_CASE("English: a file of random bytes is refused", "[i18n][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("random.x1db"));
    QByteArray bytes(4096, '\0');
    QRandomGenerator generator(20190422);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    writeBytes(path, bytes);

    const CliRun run = runInEnglish({QStringLiteral("check"), path});
    CHECK(run.exitCode == 2);
    CHECK(run.err == native(path) + u": not an x1apply workbook (not an SQLite database file)\n");
}

TEST_CASE("English: check's findings and summary line", "[i18n][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(runInEnglish({QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("sc-2019"),
                          QStringLiteral("--unit"), QStringLiteral("成都市教育局")})
                .err == u"Created workbook " + native(path) + u" (form profile sc-2019)\n");

    const CliRun check = runInEnglish({QStringLiteral("check"), path});
    CHECK(check.exitCode == 1);
    CHECK(check.out == u"E10 error  The contact person is missing: enter the contact's name.\n"
                       u"E10 error  The phone number is missing: enter a landline with its area code "
                       u"(e.g. 028-86110894) or a mobile number.\n"
                       u"E15 error  The form holds no school, so there is nothing to submit: add a school or import "
                       u"the schools' forms.\n");
    CHECK(check.err == u"3 error(s), 0 warning(s) (0 not explained)\n");
}

TEST_CASE("English: the summary of an import whose only source is refused", "[i18n][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(1, 1)).ok());
    const QString source = scratch.path(QStringLiteral("bad.xlsx"));
    writeBytes(source, "not a spreadsheet");
    const QString before = sha256Of(path);

    const CliRun run = runInEnglish({QStringLiteral("import"), path, source});
    CHECK(run.exitCode == 2);
    CHECK(run.err == u"No source could be read; nothing was written\n"
                     u"Sources read: 0 (0 imported before); schools added: 0; identical duplicates folded: 0; "
                     u"conflicts: 0; sources refused: 1; cells not understood: 0\n"
                     u"Refused source " + source + u": " + native(source) + u": not an Excel file (neither .xlsx nor .xls)\n");
    CHECK(sha256Of(path) == before);
}

TEST_CASE("English: export keeps its code line, finalize refuses, verify reports a mismatch", "[i18n][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    Workbook workbook = sampleWorkbook(2, 1);
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const QString code = codeOf(workbook);

    // The code line on stdout is for scripts (CLI.md): the same in every language.
    const QString xlsx = scratch.path(QStringLiteral("form.xlsx"));
    const CliRun exported = runInEnglish({QStringLiteral("export"), path, QStringLiteral("--xlsx"), xlsx});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out == u"校验码: " + code + u'\n');
    CHECK(exported.err == u"Exported " + native(xlsx) + u"\nThe workbook is not finalised: this is a draft, and every page "
                          u"carries \"草稿 — 未定稿\"; export again after finalising for the copy to submit\n");

    const CliRun mismatch = runInEnglish({QStringLiteral("verify"), path, QStringLiteral("X1-AAAA-BBBB-CCCC")});
    CHECK(mismatch.exitCode == 1);
    CHECK(mismatch.err == u"Verification code mismatch: the paper copy has X1-AAAA-BBBB-CCCC, the workbook now gives "
                              + code + u'\n');
    const CliRun matches = runInEnglish({QStringLiteral("verify"), path, code.toLower()});
    CHECK(matches.exitCode == 0);
    CHECK(matches.err == u"Verification code matches: " + code + u'\n');

    workbook.schools[1].rows[0].students = QStringLiteral("很多");
    REQUIRE(WorkbookFile::write(path, workbook).ok());
    const CliRun refused = runInEnglish({QStringLiteral("finalize"), path});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    const QStringList lines = refused.err.split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == u"Cannot finalize: 1 error(s) remain; correct them, then finalize");
    CHECK(lines[1].startsWith(u"  E08 四川第2职业技术学院 / " + workbook.schools[1].rows[0].certificate + u": "));
    CHECK_FALSE(lines[1].contains(u'：'));
}

TEST_CASE("English: merge refuses to overwrite an existing workbook", "[i18n][cli]")
{
    Scratch scratch;
    const QString source = scratch.path(QStringLiteral("a.x1db"));
    REQUIRE(WorkbookFile::create(source, sampleWorkbook(1, 1)).ok());
    const QString out = scratch.path(QStringLiteral("out.x1db"));
    writeBytes(out, "keep me");

    const CliRun run = runInEnglish({QStringLiteral("merge"), out, source, QStringLiteral("--unit"), QStringLiteral("四川省教育厅")});
    CHECK(run.exitCode == 2);
    CHECK(run.err == native(out) + u": file already exists; it will not be overwritten (add --force to overwrite it)\n");
    CHECK(readBytes(out) == "keep me");
}

TEST_CASE("English: X1APPLY_LANG=en chooses English without --lang", "[i18n][cli]")
{
    {
        const EnvironmentVariable english("X1APPLY_LANG", "en");
        const CliRun run = runCli({QStringLiteral("stats"), QStringLiteral("none.x1db")});
        CHECK(run.exitCode == 2);
        CHECK(run.err == u"none.x1db: file does not exist\n");
    }
    const CliRun chinese = runCli({QStringLiteral("stats"), QStringLiteral("none.x1db"), QStringLiteral("--lang"), QStringLiteral("zh")});
    CHECK(chinese.err == u"none.x1db：文件不存在\n");
}

TEST_CASE("x1apply_en.ts has every message translated, with the placeholders of its source", "[i18n]")
{
    const QList<TsMessage> messages = englishTs();
    CHECK(messages.size() >= 250);
    for (const TsMessage& message : messages) {
        INFO(QString(message.context + u" | " + message.source).toStdString());
        CHECK(message.type.isEmpty()); // not "unfinished", "vanished" or "obsolete"
        CHECK_FALSE(message.translation.isEmpty());
        CHECK(placeholdersOf(message.translation) == placeholdersOf(message.source));
    }
}

TEST_CASE("every message the program looks up in English is in the .ts under the context it asks for", "[i18n][cli]")
{
    Scratch scratch;
    UntranslatedRecorder recorder;
    // In Chinese nothing answers before the recorder: it sees every lookup.
    runCli({QStringLiteral("stats"), QStringLiteral("none.x1db"), QStringLiteral("--lang"), QStringLiteral("zh")});
    CHECK(recorder.missed.contains(QStringLiteral("x1::WorkbookFile | 文件不存在")));
    recorder.missed.clear();

    runInEnglish({QStringLiteral("--help")});
    for (const cli::Command& command : cli::commands())
        runInEnglish({QString::fromUtf8(command.name), QStringLiteral("--help")});

    const QString path = scratch.path(QStringLiteral("w.x1db"));
    Workbook workbook = sampleWorkbook(2, 2);
    workbook.schools[1].rows[0].students = QStringLiteral("很多");
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const QString bad = scratch.path(QStringLiteral("bad.xlsx"));
    writeBytes(bad, "not a spreadsheet");
    writeBytes(bad.left(bad.size() - 4) + u"json", "{\"format\": ");
    const QList<QStringList> runs = {
        {QStringLiteral("stats"), path},
        {QStringLiteral("sources"), path},
        {QStringLiteral("check"), path},
        {QStringLiteral("finalize"), path},
        {QStringLiteral("reopen"), path},
        {QStringLiteral("verify"), path, QStringLiteral("nonsense")},
        {QStringLiteral("set"), path, QStringLiteral("--date"), QStringLiteral("2019-13-40")},
        {QStringLiteral("set"), path, QStringLiteral("--unit-kind"), QStringLiteral("公司")},
        {QStringLiteral("explain"), path, QStringLiteral("E08"), QStringLiteral("--text"), QStringLiteral("说明文字足够长")},
        {QStringLiteral("export"), path, QStringLiteral("--xlsx"), scratch.path(QStringLiteral("form.xlsx")),
         QStringLiteral("--pdf"), scratch.path(QStringLiteral("form.pdf")), QStringLiteral("--json"), scratch.path(QStringLiteral("w.json"))},
        {QStringLiteral("export"), path, QStringLiteral("--json"), scratch.path(QStringLiteral("no/such/folder/w.json"))},
        {QStringLiteral("import"), path, bad.left(bad.size() - 4) + u"json", dataFile(QStringLiteral("forms/27_xls_merged_school_cells.xls")),
         dataFile(QStringLiteral("forms/34_hostile_deep_nesting.xlsx"))},
        {QStringLiteral("import"), path, bad, dataFile(QStringLiteral("forms/19_cells_not_understood.xlsx")),
         dataFile(QStringLiteral("forms/25_spreadsheet_without_the_form.xlsx"))},
        {QStringLiteral("merge"), scratch.path(QStringLiteral("m.x1db")), path, QStringLiteral("--on-conflict"), QStringLiteral("maybe")},
        {QStringLiteral("resolve"), path, QStringLiteral("无此学校"), QStringLiteral("--keep"), QStringLiteral("1")},
        {QStringLiteral("new"), scratch.path(QStringLiteral("n.x1db")), QStringLiteral("--profile"), QStringLiteral("nope")},
        {QStringLiteral("stats")},
    };
    for (const QStringList& arguments : runs)
        runInEnglish(arguments);
    {
        const EnglishForAWhile english;
        gui::MainWindow window;
        window.openWorkbook(path);
    }
    INFO(QStringList(recorder.missed.values()).join(u'\n').toStdString());
    CHECK(recorder.missed.isEmpty());
}

TEST_CASE("the desktop window's menus, title, column titles and header are English with --lang en", "[i18n][gui]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(2, 1)).ok());
    const EnglishForAWhile english;

    gui::MainWindow window;
    CHECK(window.windowTitle() == u"x1apply — 1+X certificate pilot applications");
    QStringList menus;
    for (const QAction* menu : window.menuBar()->actions())
        menus << menu->text();
    CHECK(menus == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Check"),
                               QStringLiteral("&Merge"), QStringLiteral("Finalise and &print"), QStringLiteral("&View"),
                               QStringLiteral("&Help")});

    REQUIRE(window.openWorkbook(path));
    CHECK(window.windowTitle() == u"w.x1db — x1apply");
    QAbstractItemModel* rows = window.editor()->rowsPanel()->view()->model();
    QStringList columns;
    for (int c = 0; c < rows->columnCount(); ++c)
        columns << rows->headerData(c, Qt::Horizontal).toString();
    CHECK(columns == QStringList{QStringLiteral("Certificate"), QStringLiteral("Junior"), QStringLiteral("Intermediate"),
                                 QStringLiteral("Senior"), QStringLiteral("Majors (separated by 、)"),
                                 QStringLiteral("Number of majors"), QStringLiteral("Students"), QStringLiteral("Remarks")});
    CHECK(window.findChild<QLabel*>(QStringLiteral("unitLabel"))->text() == u"Submitting unit");
    CHECK(window.findChild<QLabel*>(QStringLiteral("profileLabel"))->text().startsWith(u"Form: "));

    QStringList shown;
    gui::MessageBox::interceptWith([&](const QString& title, const QString& text) { shown << title << text; });
    const QString broken = scratch.path(QStringLiteral("broken.x1db"));
    writeBytes(broken, "not a workbook");
    CHECK_FALSE(window.openWorkbook(broken));
    gui::MessageBox::interceptWith({});
    CHECK(shown == QStringList{QStringLiteral("Cannot open the workbook"),
                               native(broken) + u": not an x1apply workbook (not an SQLite database file)"});
}

TEST_CASE("Qt's own texts and file errors follow the program's language: Chinese by default, English with --lang en", "[i18n][cli]")
{
    Scratch scratch;
    const CliRun chinese = runCli({u"check"_qs, u"--bogus"_qs, u"w.x1db"_qs});
    CHECK(chinese.exitCode == 2);
    CHECK(chinese.err.startsWith(u"未知选项“bogus”。\n"));
    const CliRun english = runInEnglish({u"check"_qs, u"--bogus"_qs, u"w.x1db"_qs});
    CHECK(english.err.startsWith(u"Unknown option 'bogus'.\n"));

    const QString help = runCli({u"check"_qs, u"--help"_qs}).out;
    CHECK(help.contains(u"选项："));
    CHECK_FALSE(help.contains(u"Options:"));

    // A file error names the reason in Chinese, not the C library's English.
    const QString path = scratch.path(u"w.x1db"_qs);
    REQUIRE(WorkbookFile::create(path, sampleWorkbook(1, 1)).ok());
    const QString report = scratch.path(u"没有的文件夹/报告.json"_qs);
    const CliRun merged = runCli({u"merge"_qs, scratch.path(u"汇总.x1db"_qs), path, u"--unit"_qs, u"宜宾市教育局"_qs,
                                  u"--report"_qs, report});
    INFO(merged.err.toStdString());
    CHECK(merged.err.contains(QDir::toNativeSeparators(report) + u"：无法写入报告（文件夹不存在）"));
    CHECK_FALSE(merged.err.contains(u"No such file"));
}
