// Writes the workbook target's seeds: the sample workbook (resources/samples/sample.json) as an
// .x1db of the current version, an empty workbook, and empty files of each older version.
// Usage: x1fuzz_make_seeds SAMPLE_JSON OUTPUT_DIR

#include "interchange/json_file.h"
#include "storage/workbook_file.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s SAMPLE_JSON OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    const QString json = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    x1::Result<x1::Workbook> sample = x1::readJsonFile(json);
    if (!sample) {
        std::fprintf(stderr, "%s\n", qPrintable(sample.error().message));
        return 1;
    }
    int failures = 0;
    auto check = [&](const x1::Status& status) {
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
            ++failures;
        }
    };
    check(x1::WorkbookFile::create(out.filePath(QStringLiteral("sample.x1db")), *sample, true));
    check(x1::WorkbookFile::create(out.filePath(QStringLiteral("empty.x1db")), x1::Workbook{}, true));
    for (int version = 1; version < x1::WorkbookFile::currentVersion; ++version) {
        const QString path = out.filePath(QStringLiteral("version-%1.x1db").arg(version));
        QFile::remove(path);
        check(x1::WorkbookFile::createAtVersion(path, version));
    }
    return failures == 0 ? 0 : 1;
}
