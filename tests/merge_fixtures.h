#pragma once

// Small workbooks for the merge tests: schools of a few cities and types, written as sources.
#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "merge/source_reader.h"
#include "storage/workbook_file.h"

#include <QDate>

namespace x1::test {

inline School schoolNamed(const QString& name, const QString& type = QStringLiteral("中职"),
                          const QString& city = QStringLiteral("成都市"), int students = 120)
{
    School school;
    school.name = name;
    school.type = type;
    school.city = city;
    school.affiliation = QStringLiteral("市（州）属");
    CertificateRow row;
    row.certificate = QStringLiteral("Web前端开发");
    row.levels = {QStringLiteral("初级"), QStringLiteral("中级")};
    row.majors = {QStringLiteral("计算机应用"), QStringLiteral("软件与信息服务")};
    row.students = QString::number(students);
    school.rows << row;
    return school;
}

inline Workbook workbookOf(const QString& unit, const QList<School>& schools, QDate fillDate = QDate(2019, 4, 22),
                           const QString& profile = QStringLiteral("sc-2019"))
{
    Workbook workbook;
    workbook.header = {profile, unit, QString(), QStringLiteral("王伟"), QStringLiteral("028-86110894"), fillDate};
    workbook.schools = schools;
    return workbook;
}

inline QString writeWorkbook(const Scratch& scratch, const QString& fileName, const Workbook& workbook)
{
    const QString path = scratch.path(fileName);
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    return path;
}

inline SourceData sourceAt(const QString& path)
{
    Result<SourceData> data = readSource(path);
    REQUIRE(data.ok());
    return std::move(data).value();
}

} // namespace x1::test
