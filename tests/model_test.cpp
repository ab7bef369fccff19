#include "support/catch.h"

#include "model/workbook.h"

using namespace x1;

TEST_CASE("a row prints the number of its majors unless the form gave one", "[model]")
{
    CertificateRow row;
    row.majors = {QStringLiteral("护理"), QStringLiteral("康复技术")};
    CHECK(row.printedMajorCount() == QStringLiteral("2"));
    row.majorCount = QStringLiteral("3");
    CHECK(row.printedMajorCount() == QStringLiteral("3"));
}

TEST_CASE("the student count is a positive whole number or nothing", "[model]")
{
    CertificateRow row;
    const QList<QPair<QString, std::optional<int>>> cases = {
        {QStringLiteral("120"), 120}, {QStringLiteral("1"), 1}, {QStringLiteral("0"), std::nullopt},
        {QStringLiteral("-5"), std::nullopt}, {QStringLiteral("12.5"), std::nullopt},
        {QString(), std::nullopt}, {QStringLiteral("约100"), std::nullopt},
    };
    for (const auto& [text, expected] : cases) {
        row.students = text;
        CHECK(row.studentCount() == expected);
    }
}

TEST_CASE("evidence knows when nothing was entered", "[model]")
{
    RowEvidence evidence;
    CHECK(evidence.isEmpty());
    evidence.facilities.answer = false;
    CHECK_FALSE(evidence.isEmpty());
    CHECK(evidence.facilities.entered());
    CHECK_FALSE(evidence.management.entered());
}

TEST_CASE("a workbook finds its sources and counts its rows", "[model]")
{
    Workbook workbook;
    Source a, b;
    a.id = 3;
    a.fileName = QStringLiteral("a.xlsx");
    b.id = 7;
    b.fileName = QStringLiteral("b.x1db");
    workbook.sources << a << b;
    REQUIRE(workbook.sourceById(7));
    CHECK(workbook.sourceById(7)->fileName == QStringLiteral("b.x1db"));
    CHECK(workbook.sourceById(1) == nullptr);
    School school;
    school.rows.resize(3);
    workbook.schools << school << school;
    CHECK(workbook.rowCount() == 6);
}

TEST_CASE("a finalised workbook is final until reopened", "[model]")
{
    Finalisation final;
    CHECK_FALSE(final.isFinal());
    final.code = QStringLiteral("X1-AAAA-BBBB-CCCC");
    CHECK(final.isFinal());
    final.reopened = true;
    CHECK_FALSE(final.isFinal());
}
