// The console program's output is UTF-8 when it goes to a file or a pipe — `x1apply-cli export
// … > 校验码.txt` on Windows gives a file any editor reads as UTF-8 — and `export --verbose`
// names the fonts the PDF was drawn with.
#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "console_output.h"
#include "printout/printed_form.h"
#include "storage/workbook_file.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using namespace x1;
using namespace x1::test;

TEST_CASE("ConsoleOutput passes UTF-8 through to a file unchanged, however it is cut", "[windows][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("输出 文件.txt"));
    std::FILE* file = std::fopen(QFile::encodeName(path).constData(), "wb");
    REQUIRE(file != nullptr);
    {
        cli::ConsoleOutput output(file);
        QTextStream stream(&output);
        stream.setEncoding(QStringConverter::Utf8);
        stream << QStringLiteral("校验码: X1-7K3Q-M2PD-9WZT") << '\n';
        stream.flush();
        // A write that ends in the middle of a character, as a buffer may: the bytes still
        // arrive whole and in order.
        const QByteArray teacher = QStringLiteral("张老师").toUtf8();
        CHECK(output.write(teacher.left(4)) == 4);
        CHECK(output.write(teacher.mid(4)) == teacher.size() - 4);
    }
    std::fclose(file);
    CHECK(readBytes(path) == QByteArray("\xE6\xA0\xA1\xE9\xAA\x8C\xE7\xA0\x81: X1-7K3Q-M2PD-9WZT\n\xE5\xBC\xA0\xE8\x80\x81\xE5\xB8\x88"));
}

TEST_CASE("x1apply-cli's output redirected to files is exact UTF-8", "[windows][cli]")
{
    Scratch scratch;
    const QString workbookPath = scratch.path(QStringLiteral("学校.x1db"));
    const Workbook workbook = sampleWorkbook(1, 2);
    REQUIRE(WorkbookFile::create(workbookPath, workbook).ok());
    const QString code = PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;

    QProcess process;
    process.setStandardOutputFile(scratch.path(QStringLiteral("out.txt")));
    process.setStandardErrorFile(scratch.path(QStringLiteral("err.txt")));
    const QString json = scratch.path(QStringLiteral("交换.json"));
    process.start(QStringLiteral(X1_CLI_PATH), {QStringLiteral("export"), workbookPath, QStringLiteral("--json"), json});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 0);
    CHECK(readBytes(scratch.path(QStringLiteral("out.txt"))) == (QStringLiteral("校验码: ") + code + u'\n').toUtf8());
    CHECK(readBytes(scratch.path(QStringLiteral("err.txt"))) == (QStringLiteral("已导出 ") + json + u'\n').toUtf8());
}

TEST_CASE("export --verbose says which font files the PDF was drawn with", "[windows][cli][pdf]")
{
    Scratch scratch;
    const QString workbookPath = scratch.path(QStringLiteral("学校.x1db"));
    REQUIRE(WorkbookFile::create(workbookPath, sampleWorkbook(1, 1)).ok());
    const QString pdf = scratch.path(QStringLiteral("打印.pdf"));

    CliRun quiet = runCli({QStringLiteral("export"), workbookPath, QStringLiteral("--pdf"), pdf});
    CHECK(quiet.exitCode == 0);
    CHECK_FALSE(quiet.err.contains(QStringLiteral("字体")));

    CliRun verbose = runCli({QStringLiteral("export"), workbookPath, QStringLiteral("--pdf"), pdf, QStringLiteral("--verbose")});
    CHECK(verbose.exitCode == 0);
    const QStringList lines = verbose.err.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
#ifdef Q_OS_WIN
    // FangSong/SimSun and SimHei where the PC has them, else the fallbacks: a family and its file.
    const QRegularExpression line(QStringLiteral("^PDF (正文|标题)字体：(.+)（([A-Z]:\\\\.+\\.(ttf|ttc|otf))）$"));
    for (int i : {0, 1}) {
        const QRegularExpressionMatch match = line.match(lines[i]);
        CHECK(match.hasMatch());
        CHECK(QFileInfo::exists(match.captured(3)));
    }
#else
    // Debian has neither 仿宋 nor 黑体: the fallbacks, read from fonts-noto-cjk's files.
    CHECK(lines[0] == QStringLiteral("PDF 正文字体：Noto Serif CJK SC（/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc）"));
    CHECK(lines[1] == QStringLiteral("PDF 标题字体：Noto Serif CJK SC（/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc）"));
    CHECK(QFileInfo::exists(QStringLiteral("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc")));
#endif
    CHECK(lines[2] == QStringLiteral("已导出 ") + QDir::toNativeSeparators(pdf));
    CHECK(lines[3] == QStringLiteral("工作簿尚未定稿：导出的是草稿，每页印有“草稿 — 未定稿”；定稿后再导出的才是报送件"));
}
