// The whole-workbook rules that merging feeds: E13 (unresolved conflict), W07 (concentration on
// one certificate), W08 (routing), on workbooks made by `merge` and `import`.
#include "merge_fixtures.h"

#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace x1;
using namespace x1::test;

namespace {

// code -> the schools (or certificates, for W07) it was found for
QMultiMap<QString, QString> findingsOf(const QString& workbook)
{
    const CliRun run = runCli({QStringLiteral("check"), workbook, QStringLiteral("--json")});
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QMultiMap<QString, QString> found;
    for (const QJsonValue& finding : root[u"findings"].toArray()) {
        const QString code = finding[u"code"].toString();
        found.insert(code, code == u"W07" ? finding[u"certificate"].toString() : finding[u"school"].toString());
    }
    return found;
}

QString merged(const Scratch& scratch, const QString& unit, const QList<School>& schools)
{
    static int calls = 0;
    ++calls;
    QStringList arguments = {QStringLiteral("merge"), scratch.path(QStringLiteral("out.x1db")), QStringLiteral("--unit"), unit,
                             QStringLiteral("--contact"), QStringLiteral("张丽"), QStringLiteral("--phone"),
                             QStringLiteral("028-86110894"), QStringLiteral("--force")};
    for (qsizetype i = 0; i < schools.size(); ++i)
        arguments << writeWorkbook(scratch, QStringLiteral("run%1-%2.x1db").arg(calls).arg(i), workbookOf(schools[i].name, {schools[i]}));
    const CliRun run = runCli(arguments);
    CAPTURE(run.err);
    REQUIRE(run.exitCode == 0);
    return arguments[1];
}

School withCertificate(School school, const QString& certificate)
{
    school.rows[0].certificate = certificate;
    return school;
}

} // namespace

TEST_CASE("E13 marks each version of a school in conflict until it is resolved", "[merge][checks]")
{
    Clock::setFixed(QDateTime(QDate(2019, 4, 28), QTime(10, 0)));
    Scratch scratch;
    const QString name = QStringLiteral("攀枝花市华森职业学校");
    const QString a = writeWorkbook(scratch, QStringLiteral("a.x1db"), workbookOf(name, {schoolNamed(name, QStringLiteral("中职"), QStringLiteral("攀枝花市"), 60)}));
    const QString b = writeWorkbook(scratch, QStringLiteral("b.x1db"), workbookOf(name, {schoolNamed(name, QStringLiteral("中职"), QStringLiteral("攀枝花市"), 65)}));
    const QString workbook = scratch.path(QStringLiteral("w.x1db"));
    REQUIRE(runCli({QStringLiteral("new"), workbook, QStringLiteral("--profile"), QStringLiteral("sc-2019"), QStringLiteral("--unit"),
                    QStringLiteral("攀枝花市教育局")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("import"), workbook, a, b}).exitCode == 1);
    CHECK(findingsOf(workbook).values(QStringLiteral("E13")) == QStringList{name, name});
    REQUIRE(runCli({QStringLiteral("resolve"), workbook, name, QStringLiteral("--keep"), QStringLiteral("b.x1db")}).exitCode == 0);
    CHECK_FALSE(findingsOf(workbook).contains(QStringLiteral("E13")));
    Clock::setFixed(QDateTime());
}

TEST_CASE("W08: a 高职 school (隶属 known or not) or a 省属 中职 school in a 市州 workbook, but not at the province nor a 中职 school of unknown 隶属", "[merge][checks]")
{
    Scratch scratch;
    School college = schoolNamed(QStringLiteral("成都职业技术学院"), QStringLiteral("高职"));
    School provincial = schoolNamed(QStringLiteral("四川省商务学校"));
    provincial.affiliation = QStringLiteral("省属");
    School local = schoolNamed(QStringLiteral("成都市礼仪职业中学"));
    School collegeUnknown = schoolNamed(QStringLiteral("成都航空职业技术学院"), QStringLiteral("高职"));
    collegeUnknown.affiliation.clear();
    School unknown = schoolNamed(QStringLiteral("成都市工业职业技术学校"));
    unknown.affiliation.clear();
    const QList<School> schools = {college, provincial, local, collegeUnknown, unknown};

    const QMultiMap<QString, QString> atCity = findingsOf(merged(scratch, QStringLiteral("成都市教育局"), schools));
    QStringList routed = atCity.values(QStringLiteral("W08"));
    std::sort(routed.begin(), routed.end());
    QStringList expected = {college.name, provincial.name, collegeUnknown.name};
    std::sort(expected.begin(), expected.end());
    CHECK(routed == expected);

    const QMultiMap<QString, QString> atProvince = findingsOf(merged(scratch, QStringLiteral("四川省教育厅"), schools));
    CHECK_FALSE(atProvince.contains(QStringLiteral("W08")));
}

TEST_CASE("W07: one certificate holding over 40 % of the rows of an office's merged form", "[merge][checks]")
{
    Scratch scratch;
    const QStringList certificates = {QStringLiteral("Web前端开发"), QStringLiteral("物流管理"), QStringLiteral("老年照护"),
                                      QStringLiteral("汽车运用与维修"), QStringLiteral("智能新能源汽车")};
    QList<School> spread, concentrated;
    for (int i = 0; i < 5; ++i) {
        const School school = schoolNamed(QStringLiteral("绵阳第%1职业学校").arg(i + 1), QStringLiteral("中职"), QStringLiteral("绵阳市"));
        spread << withCertificate(school, certificates[i]);
        concentrated << withCertificate(school, certificates[i < 3 ? 0 : i]); // 3 of 5 rows: 60 %
    }
    CHECK(findingsOf(merged(scratch, QStringLiteral("绵阳市教育局"), concentrated)).values(QStringLiteral("W07"))
          == QStringList{QStringLiteral("Web前端开发")});
    CHECK_FALSE(findingsOf(merged(scratch, QStringLiteral("绵阳市教育局"), spread)).contains(QStringLiteral("W07")));
    // Fewer than 5 schools: too few to speak of concentration.
    CHECK_FALSE(findingsOf(merged(scratch, QStringLiteral("绵阳市教育局"), concentrated.mid(0, 4))).contains(QStringLiteral("W07")));
    // A school's own workbook: not an office.
    CHECK_FALSE(findingsOf(merged(scratch, QStringLiteral("绵阳第1职业学校"), concentrated)).contains(QStringLiteral("W07")));
}
