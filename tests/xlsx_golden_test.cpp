#include "support/catch.h"
#include "support/test_files.h"

#include "storage/workbook_file.h"
#include "xlsx/xlsx_writer_package.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace x1;
using namespace x1::test;

namespace {

// The XML of a part re-written with indentation: equal XML compares equal whatever the
// writer's byte layout, and a failing comparison shows a readable difference.
QString canonicalXml(const QByteArray& xml)
{
    QString out;
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false); // keeps prefixes and xmlns attributes as written
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(1);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isWhitespace() || reader.isStartDocument() || reader.isEndDocument())
            continue;
        writer.writeCurrentToken(reader);
    }
    REQUIRE_FALSE(reader.hasError());
    return out + u'\n';
}

Workbook goldenSample(const QString& profileId)
{
    Workbook workbook = sampleWorkbook(3, 2, profileId);
    if (profileId == u"moe-2019")
        workbook.header.unit = QStringLiteral("四川省教育厅");
    workbook.schools[0].name = QStringLiteral("四川建筑职业技术学院（德阳校区）成人教育与继续教育学院");
    workbook.schools[1].rows[0].majors << QStringLiteral("计算机网络技术") << QStringLiteral("移动应用开发");
    workbook.schools[1].rows[1].remark = QStringLiteral("=新增专业");
    workbook.schools[2].rows.removeLast();
    return workbook;
}

void compareWithGolden(const QString& profileId)
{
    Scratch scratch;
    const QString source = scratch.path(QStringLiteral("w.x1db"));
    const QString target = scratch.path(QStringLiteral("out.xlsx"));
    REQUIRE(WorkbookFile::create(source, goldenSample(profileId)).ok());
    REQUIRE(runCli({QStringLiteral("export"), source, QStringLiteral("--xlsx"), target}).exitCode == 0);
    Result<QMap<QString, QByteArray>> parts = xlsx::readPackageParts(target);
    REQUIRE(parts.ok());

    const QDir golden(dataFile(QStringLiteral("golden/xlsx-") + profileId));
    const bool update = qEnvironmentVariableIsSet("X1_UPDATE_GOLDEN");
    QStringList expectedParts;
    for (auto it = parts->begin(); it != parts->end(); ++it) {
        // XML compared as XML; the QR code's PNG byte for byte.
        const bool image = it.key().endsWith(u".png");
        const QByteArray actual = image ? it.value() : canonicalXml(it.value()).toUtf8();
        const QString path = golden.filePath(it.key());
        if (update) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            writeBytes(path, actual);
        }
        INFO(it.key().toStdString());
        if (image)
            CHECK(readBytes(path) == actual);
        else
            CHECK(QString::fromUtf8(readBytes(path)) == QString::fromUtf8(actual));
        expectedParts << it.key();
    }
    // No part is missing from the produced file.
    QStringList goldenParts;
    QDirIterator files(golden.absolutePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        goldenParts << golden.relativeFilePath(files.next());
    goldenParts.sort();
    expectedParts.sort();
    CHECK(goldenParts == expectedParts);
}

} // namespace

TEST_CASE("the sc-2019 form matches its golden XML", "[xlsx][golden]")
{
    compareWithGolden(QStringLiteral("sc-2019"));
}

TEST_CASE("the moe-2019 summary form matches its golden XML", "[xlsx][golden]")
{
    compareWithGolden(QStringLiteral("moe-2019"));
}
