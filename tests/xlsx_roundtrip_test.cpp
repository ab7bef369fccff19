#include "support/catch.h"
#include "support/test_files.h"

#include "merge/source_reader.h"
#include "storage/workbook_file.h"

using namespace x1;
using namespace x1::test;

namespace {

// What the printed form shows of a school: the rest (code, city, evidence) is not on paper.
struct PrintedSchool {
    QString name, type;
    QList<QStringList> rows; // certificate, levels, majors, count, students, remark
    bool operator==(const PrintedSchool&) const = default;
};

QList<PrintedSchool> printedSchools(const Workbook& workbook)
{
    QList<PrintedSchool> schools;
    for (const School& school : workbook.schools) {
        PrintedSchool printed{school.name, school.type, {}};
        for (const CertificateRow& row : school.rows)
            printed.rows << QStringList{row.certificate, row.levels.join(u'、'), row.majors.join(u'、'),
                                        row.printedMajorCount(), row.students, row.remark};
        schools << printed;
    }
    return schools;
}

Workbook trickyWorkbook(const QString& profile)
{
    Workbook workbook = sampleWorkbook(5, 3, profile);
    workbook.header.unit = profile == u"moe-2019" ? QStringLiteral("四川省教育厅") : QStringLiteral("成都市教育局");
    School& first = workbook.schools[0];
    first.name = QStringLiteral("四川托普信息技术职业学院（成都校区）");
    first.rows[0].levels = {QStringLiteral("初级"), QStringLiteral("中级"), QStringLiteral("高级")};
    first.rows[0].majors = {QStringLiteral("软件技术"), QStringLiteral("计算机应用技术"), QStringLiteral("移动应用开发")};
    first.rows[0].majorCount = QStringLiteral("3");
    first.rows[1].remark = QStringLiteral("与企业联合培养，含五年制高职");
    workbook.schools[1].rows.resize(1); // a school of one row: no vertical merge
    if (profile == u"moe-2019")
        workbook.schools[2].type = QStringLiteral("本科层次职业教育试点学校");
    return workbook;
}

} // namespace

TEST_CASE("the XLSX this project exports reads back to the same form, both profiles", "[forms][xlsx]")
{
    for (const QString& profile : {QStringLiteral("sc-2019"), QStringLiteral("moe-2019")}) {
        INFO(profile.toStdString());
        Scratch scratch;
        const QString workbookPath = scratch.path(QStringLiteral("w.x1db"));
        const QString xlsx = scratch.path(QStringLiteral("w.xlsx"));
        const Workbook workbook = trickyWorkbook(profile);
        REQUIRE(WorkbookFile::create(workbookPath, workbook).ok());
        REQUIRE(runCli({QStringLiteral("export"), workbookPath, QStringLiteral("--xlsx"), xlsx}).exitCode == 0);

        Result<SourceData> read = readSource(xlsx);
        REQUIRE(read.ok());
        CHECK(read->issues.isEmpty());
        const Header& header = read->workbook.header;
        CHECK(header.profileId == profile);
        CHECK(header.unit == workbook.header.unit);
        CHECK(header.contact == workbook.header.contact);
        CHECK(header.phone == workbook.header.phone);
        CHECK(header.fillDate == workbook.header.fillDate);
        CHECK(printedSchools(read->workbook) == printedSchools(workbook));
        CHECK(read->workbook.rowCount() == workbook.rowCount());
    }
}
