#pragma once

#include "model/workbook.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace x1::test {

// A temporary folder for one test, removed afterwards.
class Scratch {
public:
    Scratch();
    QString path(const QString& name) const;
    const QTemporaryDir& dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
};

QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
QString sha256Of(const QString& path);

// The output of one run of the console program, in-process.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList& arguments);

// A small workbook with `schools` schools of `rowsPerSchool` certificate rows each.
Workbook sampleWorkbook(int schools, int rowsPerSchool, const QString& profileId = QStringLiteral("sc-2019"));

// The path of a file under tests/data.
QString dataFile(const QString& relative);

} // namespace x1::test
