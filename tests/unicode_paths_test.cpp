// Every file x1apply reads or writes through a C library (SQLite, libxlsxwriter and its scratch
// files, libzip, FreeXL, HarfBuzz and the font files) is reached in folders and under names with
// Chinese characters, spaces, and paths longer than Windows' MAX_PATH (260 characters) — what
// 张老师's Desktop looks like. On Linux this proves the routing (docs/windows.md); the Windows
// side of each library is listed there.
#include "support/catch.h"
#include "support/pdf_probe.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "interchange/json_file.h"
#include "printout/printed_form.h"
#include "merge/source_reader.h"
#include "pdf/font_files.h"
#include "pdf/font_subset.h"
#include "pdf/pdf_export.h"
#include "storage/workbook_file.h"
#include "util/native_path.h"
#include "xlsx/form_xlsx_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <hb.h>

using namespace x1;
using namespace x1::test;

namespace {

// A folder under `root` of the kind asked for; it exists when returned.
QString makeFolder(const QString& root, const QString& kind)
{
    QString folder = root;
    if (kind == u"chinese") {
        folder += QStringLiteral("/张老师/申报");
    } else if (kind == u"spaces") {
        folder += QStringLiteral("/My Documents/1+X 申报 2019 (定稿)");
    } else {
        // Five levels of 60 characters: past MAX_PATH (260) with any file name, yet under the
        // 512 bytes of UTF-8 that SQLite's Unix VFS allows for a whole path.
        const QString level = QStringLiteral("Shenbao cailiao di %1 pi huizong Chengdu shi jiaoyuju 申报材料");
        for (int i = 1; i <= 5; ++i)
            folder += u'/' + level.arg(i);
    }
    REQUIRE(QDir().mkpath(folder));
    return folder;
}

// Points QDir::tempPath() (and so every scratch file) at another folder while it lives.
class TemporaryFolderOverride {
public:
#ifdef Q_OS_WIN
    static constexpr const char* variable = "TMP"; // GetTempPathW looks at TMP first
#else
    static constexpr const char* variable = "TMPDIR";
#endif
    explicit TemporaryFolderOverride(const QString& folder)
        : m_old(qEnvironmentVariable(variable)), m_had(qEnvironmentVariableIsSet(variable))
    {
        qputenv(variable, QDir::toNativeSeparators(folder).toUtf8());
    }
    ~TemporaryFolderOverride()
    {
        if (m_had)
            qputenv(variable, m_old.toUtf8());
        else
            qunsetenv(variable);
    }

private:
    QString m_old;
    bool m_had;
};

int rowCount(const Workbook& workbook)
{
    int rows = 0;
    for (const School& school : workbook.schools)
        rows += int(school.rows.size());
    return rows;
}

} // namespace

TEST_CASE("files are read and written under Chinese, spaced and long paths", "[windows][paths]")
{
    const QString kind = GENERATE(QStringLiteral("chinese"), QStringLiteral("spaces"), QStringLiteral("long"));
    CAPTURE(kind);
    Scratch scratch;
    const QString folder = makeFolder(scratch.dir().path(), kind);
    // Scratch files of libxlsxwriter and the copy FreeXL reads go to a Chinese folder too.
    const QString temporary = makeFolder(scratch.dir().path(), QStringLiteral("chinese")) + QStringLiteral("/临时 文件");
    REQUIRE(QDir().mkpath(temporary));
    const TemporaryFolderOverride temporaryFolder(temporary);
    REQUIRE(QDir::tempPath() == temporary);
    if (kind == u"long")
        REQUIRE(folder.size() > 260);

    const Workbook workbook = sampleWorkbook(2, 3);
    const PrintedForm form = PrintedForm::of(workbook, Catalog::builtIn());

    SECTION("SQLite: a workbook is created, read, rewritten and read again")
    {
        const QString path = folder + QStringLiteral("/学校 名单（张老师）.x1db");
        REQUIRE(WorkbookFile::create(path, workbook).ok());
        Result<Workbook> read = WorkbookFile::read(path);
        REQUIRE(read.ok());
        CHECK(read.value() == workbook);
        Workbook changed = workbook;
        changed.header.contact = QStringLiteral("张老师");
        REQUIRE(WorkbookFile::write(path, changed).ok());
        CHECK(WorkbookFile::read(path).value() == changed);
        // Nothing was written anywhere but beside the file (no stray journal, no ANSI-named twin).
        CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("学校 名单（张老师）.x1db")});
    }

    SECTION("SQLite: an older workbook is upgraded in a temporary copy when read, in place after a backup when written")
    {
        const QString path = folder + QStringLiteral("/旧版 工作簿 (2019).x1db");
        REQUIRE(WorkbookFile::createAtVersion(path, 1).ok());
        const QByteArray original = readBytes(path);
        REQUIRE(WorkbookFile::read(path).ok());
        CHECK(readBytes(path) == original);
        REQUIRE(WorkbookFile::write(path, workbook).ok());
        CHECK(WorkbookFile::version(path).value() == WorkbookFile::currentVersion);
        CHECK(readBytes(WorkbookFile::backupPath(path, 1)) == original);
        CHECK(WorkbookFile::read(path).value() == workbook);
        CHECK(QDir(temporary).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    SECTION("libxlsxwriter writes the form and libzip reads it back")
    {
        const QString path = folder + QStringLiteral("/申报表 (定稿) 四川XX职业技术学院.xlsx");
        REQUIRE(exportFormXlsx(path, workbook, form, Catalog::builtIn()).ok());
        CHECK(readBytes(path).startsWith("PK\x03\x04"));
        Result<SourceData> read = readSource(path);
        REQUIRE(read.ok());
        CHECK(read->workbook.schools.size() == workbook.schools.size());
        CHECK(rowCount(read->workbook) == rowCount(workbook));
        CHECK(read->source.verificationCode == form.verificationCode);
        // Written again over itself: replaced, and no scratch file left in either folder.
        REQUIRE(exportFormXlsx(path, workbook, form, Catalog::builtIn()).ok());
        CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(path).fileName()});
        CHECK(QDir(temporary).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    SECTION("FreeXL reads a hand-filled .xls copied from a USB stick")
    {
        const QString original = dataFile(QStringLiteral("forms/27_xls_merged_school_cells.xls"));
        const QString path = folder + QStringLiteral("/市州 汇总 手工填写的表.xls");
        REQUIRE(QFile::copy(original, path));
        Result<SourceData> fromOriginal = readSource(original);
        Result<SourceData> fromCopy = readSource(path);
        REQUIRE(fromOriginal.ok());
        REQUIRE(fromCopy.ok());
        CHECK(fromCopy->workbook.schools == fromOriginal->workbook.schools);
        CHECK(fromCopy->source.fileName == QFileInfo(path).fileName());
        CHECK(QDir(temporary).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    SECTION("the PDF is written, with fonts mapped from the font folders")
    {
        const QString path = folder + QStringLiteral("/申报表 打印件.pdf");
        REQUIRE(pdf::writeFormPdf(form, path).ok());
        CHECK(readBytes(path).startsWith("%PDF-"));
        CHECK(pdfPageText(path, 1).contains(form.title));
    }

    SECTION("HarfBuzz subsets a font file that lives in a user's own font folder")
    {
        const std::optional<pdf::FontFile> installed = pdf::findFontFile(QStringLiteral("Noto Serif CJK SC"), false);
        REQUIRE(installed.has_value());
        const QString fontFolder = folder + QStringLiteral("/AppData/Local/Microsoft/Windows/Fonts 字体");
        REQUIRE(QDir().mkpath(fontFolder));
        const QString copy = fontFolder + QStringLiteral("/思源宋体 常规.ttc");
        REQUIRE(QFile::copy(installed->path, copy));

        hb_blob_t* blob = pdf::mapFontFile(copy);
        hb_blob_t* original = pdf::mapFontFile(installed->path);
        REQUIRE(blob != nullptr);
        REQUIRE(original != nullptr);
        CHECK(qint64(hb_blob_get_length(blob)) == QFileInfo(copy).size());
        CHECK(hb_face_count(blob) == hb_face_count(original));
        CHECK(hb_face_count(blob) > installed->faceIndex);
        hb_blob_destroy(original);
        hb_blob_destroy(blob);
        CHECK(pdf::mapFontFile(fontFolder + QStringLiteral("/没有这个字体.ttc")) == nullptr);

        const Result<QByteArray> subset = pdf::subsetFont(pdf::FontFile{copy, installed->faceIndex}, {U'张', U'老', U'师'},
                                                          QStringLiteral("X1 Path Test"), QStringLiteral("Regular"));
        REQUIRE(subset.ok());
        CHECK(subset->size() > 0);
    }

    SECTION("JSON interchange files")
    {
        const QString path = folder + QStringLiteral("/交换 文件.json");
        REQUIRE(writeJsonFile(path, workbook).ok());
        Result<Workbook> read = readJsonFile(path);
        REQUIRE(read.ok());
        CHECK(read->schools == workbook.schools);
    }

    SECTION("the console program, end to end")
    {
        const QString path = folder + QStringLiteral("/新建 工作簿.x1db");
        CliRun created = runCli({QStringLiteral("new"), path, QStringLiteral("--profile"), QStringLiteral("sc-2019"),
                                 QStringLiteral("--unit"), QStringLiteral("四川XX职业技术学院"), QStringLiteral("--contact"),
                                 QStringLiteral("张老师"), QStringLiteral("--phone"), QStringLiteral("028-86110894")});
        CHECK(created.exitCode == 0);
        CHECK(QFileInfo::exists(path));
        CliRun exported = runCli({QStringLiteral("export"), path, QStringLiteral("--xlsx"), folder + QStringLiteral("/导出 表.xlsx"),
                                  QStringLiteral("--pdf"), folder + QStringLiteral("/导出 表.pdf")});
        CHECK(exported.exitCode == 1); // a form without a school (E15) exports as a draft
        CHECK(exported.out.startsWith(QStringLiteral("校验码: X1-")));
        CHECK(QFileInfo::exists(folder + QStringLiteral("/导出 表.xlsx")));
        CHECK(QFileInfo::exists(folder + QStringLiteral("/导出 表.pdf")));
    }
}

TEST_CASE("a path goes to a narrow-char library only in an encoding that holds all of it", "[windows][paths]")
{
    using native_path::encodeLosslessly;
    CHECK(encodeLosslessly(QStringLiteral("C:\\Users\\张老师\\AppData\\Local\\Temp"), QStringConverter::Utf8)
          == QByteArray("C:\\Users\\\xE5\xBC\xA0\xE8\x80\x81\xE5\xB8\x88\\AppData\\Local\\Temp"));
    // A code page without 张 (as a Western-European Windows' ANSI page is) must refuse, not
    // hand over "C:\Users\???" — a name that opens some other folder or none.
    CHECK(encodeLosslessly(QStringLiteral("C:\\Users\\张老师"), QStringConverter::Latin1).isEmpty());
    CHECK(encodeLosslessly(QStringLiteral("C:\\Users\\Müller"), QStringConverter::Latin1) == QByteArray("C:\\Users\\M\xFCller"));

    Scratch scratch;
    const QString chinese = makeFolder(scratch.dir().path(), QStringLiteral("chinese"));
    CHECK(QFile::decodeName(pathForNarrowApi(chinese)) == chinese);
    CHECK(QFile::decodeName(utf8PathForWideApi(chinese)) == chinese);
}

TEST_CASE("a Windows path of MAX_PATH characters or more gets the long-path prefix", "[windows][paths]")
{
    using native_path::withLongPathPrefix;
    const QString shortPath = QStringLiteral("C:\\Users\\张老师\\Desktop\\申报\\学校.x1db");
    CHECK(withLongPathPrefix(shortPath) == shortPath);

    const QString longPath = QStringLiteral("C:\\Users\\张老师\\") + QString(240, u'申') + QStringLiteral("\\学校.x1db");
    CHECK(withLongPathPrefix(longPath) == QStringLiteral("\\\\?\\") + longPath);
    CHECK(withLongPathPrefix(QStringLiteral("\\\\?\\") + longPath) == QStringLiteral("\\\\?\\") + longPath);

    const QString share = QStringLiteral("\\\\教育局\\共享\\") + QString(250, u'表') + QStringLiteral(".xlsx");
    CHECK(withLongPathPrefix(share) == QStringLiteral("\\\\?\\UNC\\教育局\\共享\\") + QString(250, u'表') + QStringLiteral(".xlsx"));

    // The limit is counted in UTF-16 units, as Windows counts it, not in UTF-8 bytes.
    const QString atLimit = QStringLiteral("C:\\") + QString(245, u'表');
    REQUIRE(atLimit.size() == 248);
    CHECK(withLongPathPrefix(atLimit).startsWith(QStringLiteral("\\\\?\\")));
    CHECK(withLongPathPrefix(atLimit.chopped(1)) == atLimit.chopped(1));
}
