#include "support/catch.h"

#include "catalog/catalog.h"
#include "rules/check_engine.h"
#include "rules/explanations.h"
#include "rules/rule_book.h"

#include <QSet>

#include <functional>

using namespace x1;

namespace {

CheckOptions chinese()
{
    CheckOptions options;
    options.language = Language::Chinese;
    return options;
}

// A 高职 school submitting itself with complete, consistent evidence: no finding at all.
Workbook cleanWorkbook()
{
    Workbook workbook;
    workbook.header = {u"sc-2019"_qs, u"四川交通职业技术学院"_qs, QString(), u"王伟"_qs, u"028-86110894"_qs,
                       QDate(2019, 4, 22)};
    School school;
    school.name = u"四川交通职业技术学院"_qs;
    school.schoolCode = u"4151013883"_qs;
    school.type = u"高职"_qs;
    school.affiliation = u"省属"_qs;
    school.city = u"成都市"_qs;
    school.tiers = {u"国家示范性高职院校"_qs};
    CertificateRow row;
    row.certificate = u"Web前端开发"_qs;
    row.levels = {u"初级"_qs, u"中级"_qs};
    row.majors = {u"计算机应用技术"_qs, u"软件技术"_qs};
    row.majorCount = u"2"_qs;
    row.students = u"120"_qs;
    for (const QString& major : row.majors)
        row.evidence.enrolment << MajorEnrolment{major, {40, 45, 50}};
    row.evidence.trainingExperience = {true, u"社会培训三年"_qs};
    row.evidence.teachingResources = {true, QString()};
    row.evidence.teamSize = 10;
    row.evidence.dualQualified = 5;
    row.evidence.industryExperts = 2;
    row.evidence.facilities = {true, QString()};
    row.evidence.management = {true, QString()};
    school.rows << row;
    workbook.schools << school;
    return workbook;
}

QList<Finding> check(const Workbook& workbook, const CheckOptions& options = chinese())
{
    return checkWorkbook(workbook, Catalog::builtIn(), options);
}

QString codes(const QList<Finding>& findings)
{
    QStringList list;
    for (const Finding& finding : findings)
        list << finding.code;
    return list.join(u',');
}

CertificateRow& firstRow(Workbook& workbook)
{
    return workbook.schools[0].rows[0];
}

} // namespace

TEST_CASE("a complete and consistent workbook has no finding", "[rules]")
{
    CHECK(codes(check(cleanWorkbook())) == u"");
}

TEST_CASE("every rule of DOMAIN.md is in the rule data with both languages", "[rules]")
{
    const RuleBook& book = RuleBook::builtIn();
    QStringList expected;
    for (int i = 1; i <= 15; ++i)
        expected << u"E%1"_qs.arg(i, 2, 10, QLatin1Char('0'));
    for (int i = 1; i <= 10; ++i)
        expected << u"W%1"_qs.arg(i, 2, 10, QLatin1Char('0'));
    QStringList present;
    for (const RuleInfo& rule : book.rules()) {
        present << rule.code;
        CHECK((rule.severity == Severity::Error) == rule.code.startsWith(u'E'));
        for (const LocalText& text : rule.messages) {
            CAPTURE(rule.code);
            CHECK_FALSE(text.zh.isEmpty());
            CHECK_FALSE(text.en.isEmpty());
        }
    }
    CHECK(present == expected);
    CHECK(book.dualQualifiedMinShare() == 0.5);
    CHECK(book.industryExpertMinShare() == 0.2);
    CHECK(book.explanationMinLength() == 6);
}

TEST_CASE("E01: the school's name is empty", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    workbook.schools[0].name = u"  "_qs;
    const QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E01");
    CHECK(findings[0].field == u"name");
    CHECK(findings[0].message.startsWith(u"第 1 所学校没有填写试点院校名称"));
    workbook.schools[0].name = u"无"_qs;
    CHECK(codes(check(workbook)) == u"E01");
}

TEST_CASE("E02: 学校类型 empty or not allowed by the profile", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    workbook.schools[0].type.clear();
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E02");
    CHECK(findings[0].field == u"type");
    CHECK(findings[0].message.contains(u"请填写中职、高职之一"));

    workbook.schools[0].type = u"应用型本科"_qs; // allowed on the ministry's form only
    findings = check(workbook);
    REQUIRE(codes(findings).startsWith(u"E02")); // W01 follows: the majors are not 本科 majors
    CHECK(findings[0].message.contains(u"“应用型本科”"));
    workbook.header.profileId = u"moe-2019"_qs;
    workbook.header.unit = u"四川省教育厅"_qs;
    CHECK_FALSE(codes(check(workbook)).contains(u"E02"));

    workbook = cleanWorkbook();
    workbook.schools[0].type = u"高职院校"_qs; // a spelling of 高职
    CHECK(codes(check(workbook)) == u"");
    workbook.schools[0].type = u"普通高中"_qs;
    CHECK(codes(check(workbook)) == u"E02");
}

TEST_CASE("E03: 技工学校 and 技师学院 are excluded", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    workbook.schools[0].type = u"技师学院"_qs;
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E03");
    CHECK(findings[0].field == u"type");

    workbook.schools[0].type = u"中职"_qs;
    workbook.schools[0].name = u"四川省成都市技师学院"_qs;
    findings = check(workbook);
    CHECK(codes(findings).startsWith(u"E03"));
    CHECK(findings[0].field == u"name");

    workbook = cleanWorkbook();
    workbook.schools[0].name = u"四川工程职业技术学院"_qs;
    CHECK_FALSE(codes(check(workbook)).contains(u"E03"));
}

TEST_CASE("E04: certificate not in the catalogue", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    firstRow(workbook).certificate = u"云计算"_qs;
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E04");
    CHECK(findings[0].certificate == u"云计算");
    CHECK(findings[0].field == u"certificate");
    firstRow(workbook).certificate.clear();
    findings = check(workbook);
    REQUIRE(codes(findings) == u"E04");
    CHECK(findings[0].message.contains(u"没有填写参与试点证书"));
    firstRow(workbook).certificate = u"WEB前端开发"_qs; // a spelling of a catalogue certificate
    CHECK(codes(check(workbook)) == u"");
}

TEST_CASE("E05: no level or a level other than 初级/中级/高级", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    firstRow(workbook).levels.clear();
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E05");
    CHECK(findings[0].field == u"levels");
    firstRow(workbook).levels = {u"初级"_qs, u"特级"_qs};
    findings = check(workbook);
    REQUIRE(codes(findings) == u"E05");
    CHECK(findings[0].message.contains(u"“特级”"));
    firstRow(workbook).levels = {u"高级"_qs};
    CHECK(codes(check(workbook)) == u"");
}

TEST_CASE("E06: 专业数量 differs from the distinct majors listed", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    firstRow(workbook).majorCount = u"3"_qs;
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E06");
    CHECK(findings[0].field == u"majorCount");
    CHECK(findings[0].message.contains(u"列出了 2 个不同的专业"));
    firstRow(workbook).majorCount = u"两个"_qs;
    CHECK(codes(check(workbook)) == u"E06");
    for (const QString& same : {u"2"_qs, u"２"_qs, u"2个"_qs, u""_qs}) {
        CAPTURE(same);
        firstRow(workbook).majorCount = same;
        CHECK(codes(check(workbook)) == u"");
    }
    // A major listed twice counts once.
    firstRow(workbook).majors << u"软件技术"_qs;
    firstRow(workbook).majorCount = u"3"_qs;
    CHECK(codes(check(workbook)) == u"E06");
}

TEST_CASE("E07: no major listed (a placeholder is no major)", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    firstRow(workbook).majors = {u"无"_qs};
    firstRow(workbook).majorCount.clear();
    firstRow(workbook).evidence.enrolment.clear();
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E07");
    CHECK(findings[0].field == u"majors");
    firstRow(workbook).majors.clear();
    firstRow(workbook).majorCount = u"2"_qs;
    CHECK(codes(check(workbook)) == u"E07"); // no E06 beside it: one fix settles both
}

TEST_CASE("E08: 学生规模 is not a positive whole number", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    for (const QString& bad : {u"0"_qs, u"-3"_qs, u"约120"_qs, u"120.5"_qs, u"一百"_qs, u""_qs, u"无"_qs}) {
        CAPTURE(bad);
        firstRow(workbook).students = bad;
        const QList<Finding> findings = check(workbook);
        REQUIRE(codes(findings) == u"E08");
        CHECK(findings[0].field == u"students");
    }
    for (const QString& good : {u"1"_qs, u"120"_qs, u"120人"_qs, u"3000"_qs}) {
        CAPTURE(good);
        firstRow(workbook).students = good;
        CHECK(codes(check(workbook)) == u"");
    }
}

TEST_CASE("E09: the same school lists the same certificate twice", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    workbook.schools[0].rows << firstRow(workbook);
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E09");
    CHECK(findings[0].rowIndex == 1);
    workbook.schools[0].rows[1].certificate = u"web前端"_qs; // the same certificate spelt otherwise
    CHECK(codes(check(workbook)) == u"E09");
    workbook.schools[0].rows[1].certificate = u"物流管理"_qs;
    workbook.schools[0].rows[1].majors = {u"物流管理"_qs};
    workbook.schools[0].rows[1].majorCount.clear();
    workbook.schools[0].rows[1].evidence.enrolment = {MajorEnrolment{u"物流管理"_qs, {30, 30, 30}}};
    CHECK(codes(check(workbook)) == u"");
}

TEST_CASE("E10: one finding per missing header field", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    workbook.header.unit.clear();
    workbook.header.contact = u"/"_qs;
    workbook.header.phone.clear();
    const QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E10,E10,E10");
    CHECK(findings[0].field == u"unit");
    CHECK(findings[1].field == u"contact");
    CHECK(findings[2].field == u"phone");
    CHECK(findings[0].schoolIndex == -1);
    CHECK(findings[0].school.isEmpty());
}

TEST_CASE("E11: phone numbers must be valid", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    for (const QString& bad : {u"12345"_qs, u"86110894"_qs, u"028-86110894、12345"_qs}) {
        CAPTURE(bad);
        workbook.header.phone = bad;
        const QList<Finding> findings = check(workbook);
        REQUIRE(codes(findings) == u"E11");
        CHECK(findings[0].field == u"phone");
        CHECK(findings[0].message.contains(u"“12345”") == bad.contains(u"12345"));
    }
    for (const QString& good : {u"028-86110894"_qs, u"13812345678"_qs, u"(028)86110894"_qs, u"028-86110894转123"_qs,
                                u"（028）86110894、138 1234 5678"_qs}) {
        CAPTURE(good);
        workbook.header.phone = good;
        CHECK(codes(check(workbook)) == u"");
    }
}

TEST_CASE("E12: evidence contradicts itself", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    RowEvidence& evidence = firstRow(workbook).evidence;
    evidence.dualQualified = 11;
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E12"); // no W03/W04 on contradictory figures
    CHECK(findings[0].field == u"evidence");
    CHECK(findings[0].message.contains(u"双师型教师 11 人"));
    evidence.dualQualified = 10;
    evidence.industryExperts = 12;
    CHECK(codes(check(workbook)) == u"E12");
    evidence.industryExperts = 10;
    CHECK(codes(check(workbook)) == u"");
    evidence.teamSize = -1;
    CHECK(codes(check(workbook)) == u"E12");
}

TEST_CASE("E13: a merge left an unresolved conflict", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    workbook.sources << Source{1, u"a.xlsx"_qs, u"aa"_qs, {}, {}, {}, {}, {}, {}}
                     << Source{2, u"b.x1db"_qs, u"bb"_qs, {}, {}, {}, {}, {}, {}};
    workbook.schools << workbook.schools[0];
    workbook.schools[0].sourceId = 1;
    workbook.schools[1].sourceId = 2;
    workbook.schools[1].rows[0].students = u"130"_qs;
    CHECK(codes(check(workbook)) == u"");
    workbook.schools[0].conflictGroup = 3;
    workbook.schools[1].conflictGroup = 3;
    const QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"E13,E13");
    CHECK(findings[0].school == u"四川交通职业技术学院");
    CHECK(findings[0].message.contains(u"2 个内容不同的版本（来自 a.xlsx、b.x1db）"));
    CHECK(findings[1].schoolIndex == 1);
}

TEST_CASE("E14: 学校标识码 given but not 10 digits", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    for (const QString& bad : {u"415101388"_qs, u"41510138830"_qs, u"41510A3883"_qs, u"４１５１０１３８８３"_qs}) {
        CAPTURE(bad);
        workbook.schools[0].schoolCode = bad;
        const QList<Finding> findings = check(workbook);
        REQUIRE(codes(findings) == u"E14");
        CHECK(findings[0].field == u"schoolCode");
    }
    workbook.schools[0].schoolCode.clear();
    CHECK(codes(check(workbook)) == u"");
}

TEST_CASE("W01 uses the school's level: 中职, 高职 or 本科", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    CertificateRow& row = firstRow(workbook);
    // 计算机应用 is a 中职 major of Web前端开发, not a 高职 one.
    row.majors = {u"计算机应用"_qs};
    row.majorCount.clear();
    row.evidence.enrolment = {MajorEnrolment{u"计算机应用"_qs, {40, 40, 40}}};
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"W01");
    CHECK(findings[0].major == u"计算机应用");
    CHECK(findings[0].certificate == u"Web前端开发");
    CHECK(findings[0].message.contains(u"面向的高职专业"));

    workbook.schools[0].type = u"中职"_qs;
    workbook.schools[0].affiliation.clear();
    workbook.schools[0].tiers = {u"国家中等职业教育改革发展示范学校"_qs};
    CHECK(codes(check(workbook)) == u"");

    workbook.header.profileId = u"moe-2019"_qs;
    workbook.header.unit = u"四川省教育厅"_qs;
    workbook.schools[0].type = u"应用型本科"_qs;
    workbook.schools[0].tiers = {u"行业特色院校"_qs};
    findings = check(workbook);
    REQUIRE(codes(findings) == u"W01");
    CHECK(findings[0].message.contains(u"面向的本科专业"));
    row.majors = {u"软件工程"_qs};
    row.evidence.enrolment = {MajorEnrolment{u"软件工程"_qs, {40, 40, 40}}};
    CHECK(codes(check(workbook)) == u"");
}

TEST_CASE("W01 accepts a major under its 2021 name", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    CertificateRow& row = firstRow(workbook);
    row.certificate = u"物流管理"_qs;
    row.majors = {u"现代物流管理"_qs};
    row.majorCount.clear();
    row.evidence.enrolment = {MajorEnrolment{u"现代物流管理"_qs, {40, 40, 40}}};
    CHECK(codes(check(workbook)) == u"");
}

TEST_CASE("W02: a major did not enrol in each of the last 3 years", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    firstRow(workbook).evidence.enrolment[1].enrolled = {30, 0, 25};
    const QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"W02");
    CHECK(findings[0].major == u"软件技术");
    CHECK(findings[0].message.contains(u"2017年招生 0 人"));
    firstRow(workbook).evidence.enrolment[1].enrolled = {1, 1, 1};
    CHECK(codes(check(workbook)) == u"");
}

TEST_CASE("W03: 双师型 share below 50 %, exactly 50 % passes", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    RowEvidence& evidence = firstRow(workbook).evidence;
    const struct { int team, dual; bool fires; } cases[] = {
        {10, 5, false}, {10, 4, true}, {1000, 500, false}, {1000, 499, true}, {2, 1, false}, {3, 1, true},
        {7, 4, false}, {1, 0, true}, {1, 1, false}, {30, 15, false}, {30, 14, true},
    };
    for (const auto& c : cases) {
        CAPTURE(c.team, c.dual);
        evidence.teamSize = c.team;
        evidence.dualQualified = c.dual;
        evidence.industryExperts = c.team; // keep W04 quiet
        CHECK(codes(check(workbook)) == (c.fires ? u"W03"_qs : QString()));
    }
    evidence.teamSize = 1000;
    evidence.dualQualified = 499;
    evidence.industryExperts = 1000;
    const QList<Finding> findings = check(workbook);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.contains(u"49.9%（499/1000），低于 50%"));
}

TEST_CASE("W04: expert share below 20 %, exactly 20 % passes", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    RowEvidence& evidence = firstRow(workbook).evidence;
    const struct { int team, experts; bool fires; } cases[] = {
        {10, 2, false}, {10, 1, true}, {1000, 200, false}, {1000, 199, true}, {15, 3, false}, {5, 1, false},
        {25, 5, false}, {25, 4, true}, {35, 7, false}, {45, 9, false}, {10, 0, true},
    };
    for (const auto& c : cases) {
        CAPTURE(c.team, c.experts);
        evidence.teamSize = c.team;
        evidence.dualQualified = c.team;
        evidence.industryExperts = c.experts;
        CHECK(codes(check(workbook)) == (c.fires ? u"W04"_qs : QString()));
    }
}

TEST_CASE("W05: the school has none of the quality tiers", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    workbook.schools[0].tiers.clear();
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"W05");
    CHECK(findings[0].identity().key() == u"W05|四川交通职业技术学院||");
    workbook.schools[0].tiers = {u"市级重点学校"_qs};
    CHECK(codes(check(workbook)) == u"W05");
    workbook.schools[0].tiers << u"行业特色院校"_qs;
    CHECK(codes(check(workbook)) == u"");
}

TEST_CASE("W06: one finding per row naming the missing evidence", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    firstRow(workbook).evidence = RowEvidence{};
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"W06");
    CHECK(findings[0].message
          == u"四川交通职业技术学院的“Web前端开发”试点条件佐证未填写：近三年招生人数（计算机应用技术、软件技术）、培训经历、"
             "优质教学资源、教师团队人数、双师型教师人数、行业企业专家人数、实训条件、管理制度。请补充，或写明说明。");
    workbook = cleanWorkbook();
    firstRow(workbook).evidence.enrolment[0].enrolled[2].reset();
    firstRow(workbook).evidence.management = {};
    findings = check(workbook);
    REQUIRE(codes(findings) == u"W06");
    CHECK(findings[0].message.contains(u"：近三年招生人数（计算机应用技术）、管理制度。"));
}

TEST_CASE("W10: a condition answered no", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    firstRow(workbook).evidence.facilities = {false, u"实训室在建"_qs};
    firstRow(workbook).evidence.trainingExperience = {false, QString()};
    const QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"W10");
    CHECK(findings[0].message.contains(u"答“否”：培训经历、实训条件。"));
}

namespace {

// A 市州 workbook of `schools` schools of one row; the first `webRows` rows are Web前端开发, the
// others go round the five other certificates.
Workbook cityWorkbook(int schools, int webRows)
{
    Workbook workbook;
    const Workbook clean = cleanWorkbook();
    workbook.header = clean.header;
    workbook.header.unit = u"成都市教育局"_qs;
    for (int i = 0; i < schools; ++i) {
        School school = clean.schools[0];
        school.name = u"成都第%1中等职业学校"_qs.arg(i + 1);
        school.schoolCode.clear();
        school.type = u"中职"_qs;
        school.affiliation = u"市（州）属"_qs;
        school.tiers = {u"省级示范中等职业学校"_qs};
        CertificateRow& row = school.rows[0];
        row.majors = {u"计算机应用"_qs};
        row.majorCount.clear();
        row.evidence.enrolment = {MajorEnrolment{u"计算机应用"_qs, {40, 40, 40}}};
        if (i >= webRows) {
            static const QList<QPair<QString, QString>> others{
                {u"物流管理"_qs, u"物流服务与管理"_qs}, {u"老年照护"_qs, u"护理"_qs},
                {u"汽车运用与维修"_qs, u"汽车运用与维修"_qs}, {u"智能新能源汽车"_qs, u"新能源汽车运用与维修"_qs},
                {u"建筑信息模型（BIM）"_qs, u"建筑工程施工"_qs}};
            const auto& [certificate, major] = others[(i - webRows) % others.size()];
            row.certificate = certificate;
            row.majors = {major};
            row.evidence.enrolment = {MajorEnrolment{major, {40, 40, 40}}};
        }
        workbook.schools << school;
    }
    return workbook;
}

} // namespace

TEST_CASE("W07: concentration in an office's workbook of at least 5 schools", "[rules]")
{
    CHECK(codes(check(cityWorkbook(5, 2))) == u"");
    QList<Finding> findings = check(cityWorkbook(5, 3)); // 60 % of rows
    REQUIRE(codes(findings) == u"W07");
    CHECK(findings[0].certificate == u"Web前端开发");
    CHECK(findings[0].school.isEmpty());
    CHECK(findings[0].identity().key() == u"W07||Web前端开发|");
    CHECK(findings[0].message.contains(u"占本表 60% 的行（3/5），超过 40%"));
    CHECK(codes(check(cityWorkbook(10, 4))) == u"");   // exactly 40 % is not more than 40 %
    CHECK(codes(check(cityWorkbook(10, 5))) == u"W07");
    CHECK(codes(check(cityWorkbook(4, 4))) == u"");    // fewer than 5 schools

    Workbook school = cityWorkbook(5, 5);
    school.header.unit = u"成都第1中等职业学校"_qs;   // a school's own workbook: never W07
    school.schools.resize(5);
    for (School& s : school.schools)
        s.affiliation.clear();
    CHECK(codes(check(school)) == u"");

    Workbook province = cityWorkbook(5, 5);
    province.header.unit = u"四川省教育厅"_qs;
    CHECK(codes(check(province)) == u"W07");
    Workbook declared = cityWorkbook(5, 5);
    declared.header.unit = u"成都市教育和体育局办公室"_qs; // read as a school's name
    for (School& s : declared.schools)
        s.affiliation.clear(); // (else W08: 市（州）属 schools in a school's workbook)
    CHECK(codes(check(declared)) == u"");
    declared.header.unitKind = u"市州教育行政部门"_qs; // the declared kind wins over the name
    CHECK(codes(check(declared)) == u"W07");
}

TEST_CASE("W08: routing of 高职, 省属 and 市（州）属 schools", "[rules]")
{
    Workbook city = cityWorkbook(1, 1);
    CHECK(codes(check(city)) == u"");
    city.schools[0].affiliation = u"省属"_qs;
    QList<Finding> findings = check(city);
    REQUIRE(codes(findings) == u"W08");
    CHECK(findings[0].message.contains(u"省属中职学校，应直接报送教育厅职成处"));
    city.schools[0].type = u"高职"_qs;
    city.schools[0].affiliation = u"市（州）属"_qs;
    city.schools[0].tiers = {u"省级示范性高职院校"_qs};
    city.schools[0].rows[0].majors = {u"计算机应用技术"_qs};
    city.schools[0].rows[0].evidence.enrolment = {MajorEnrolment{u"计算机应用技术"_qs, {40, 40, 40}}};
    findings = check(city);
    REQUIRE(codes(findings) == u"W08");
    CHECK(findings[0].message.contains(u"高职院校，应直接报送教育厅高教处"));
    city.schools[0].affiliation.clear();
    CHECK(codes(check(city)) == u"W08"); // a 高职 school needs no 隶属 to be routed
    city.schools[0].type = u"中职"_qs;
    city.schools[0].tiers = {u"省级示范中等职业学校"_qs};
    CHECK(codes(check(city)).count(u"W08") == 0); // a 中职 school: silent while 隶属 is unknown

    Workbook own = cityWorkbook(1, 1);
    own.header.unit = own.schools[0].name;
    findings = check(own);
    REQUIRE(codes(findings) == u"W08"); // a 市（州）属 中职 school sending its own form
    CHECK(findings[0].message.contains(u"应通过所在市（州）教育行政部门报送"));
    own.schools[0].affiliation = u"省属"_qs;
    CHECK(codes(check(own)) == u"");
    own.schools[0].affiliation.clear();
    CHECK(codes(check(own)) == u"");

    Workbook province = cityWorkbook(1, 1);
    province.header.unit = u"四川省教育厅"_qs;
    CHECK(codes(check(province)) == u"");
}

TEST_CASE("W09: reopened and changed since the sealed copy", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    workbook.finalisation = {u"X1-7K3Q-M2PD-9WZT"_qs, QDateTime(QDate(2019, 4, 25), QTime(10, 0)), true};
    CheckOptions options = chinese();
    CHECK(codes(check(workbook, options)) == u""); // no code to compare with
    options.currentCode = u"X1-7K3Q-M2PD-9WZT"_qs;
    CHECK(codes(check(workbook, options)) == u"");
    options.currentCode = u"X1-AAAA-BBBB-CCCC"_qs;
    QList<Finding> findings = check(workbook, options);
    REQUIRE(codes(findings) == u"W09");
    CHECK(findings[0].identity().key() == u"W09|||");
    CHECK(findings[0].message.contains(u"定稿时校验码 X1-7K3Q-M2PD-9WZT，当前校验码 X1-AAAA-BBBB-CCCC"));

    int calls = 0;
    options.currentCode.clear();
    options.computeCurrentCode = [&calls](const Workbook&) {
        ++calls;
        return u"X1-AAAA-BBBB-CCCC"_qs;
    };
    CHECK(codes(check(workbook, options)) == u"W09");
    workbook.finalisation.reopened = false; // final again: not compared, not computed
    CHECK(codes(check(workbook, options)) == u"");
    CHECK(calls == 1);
}

TEST_CASE("findings come in printed order: workbook first, then schools and rows", "[rules]")
{
    Workbook workbook = cityWorkbook(6, 6);
    workbook.header.phone = u"12345"_qs;
    workbook.schools[1].tiers.clear();
    workbook.schools[1].rows << workbook.schools[1].rows[0];
    workbook.schools[1].rows[1].students = u"0"_qs;
    workbook.schools[1].rows[1].certificate = u"云计算"_qs;
    workbook.schools[2].name.clear();
    workbook.schools[0].rows[0].evidence.management = {false, QString()};
    const QList<Finding> findings = check(workbook);
    CHECK(codes(findings) == u"E11,W07,W10,W05,E04,E08,E01");
    CHECK(findings[2].schoolIndex == 0);
    CHECK(findings[4].schoolIndex == 1);
    CHECK(findings[4].rowIndex == 1);
}

TEST_CASE("explanations: accepted from 6 characters, by identity, counted apart", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    firstRow(workbook).evidence.dualQualified = 4;
    workbook.schools[0].tiers.clear();
    QList<Finding> findings = check(workbook);
    REQUIRE(codes(findings) == u"W05,W03");
    CHECK(findings[1].identity().key() == u"W03|四川交通职业技术学院|Web前端开发|");
    CheckSummary summary = CheckSummary::of(findings);
    CHECK(summary.warnings == 2);
    CHECK(summary.unexplainedWarnings == 2);

    setExplanation(workbook, findings[1].identity(), u"两名教师 在认定"_qs); // 6 characters, the space not counted
    workbook.explanations.insert(findings[0].identity().key(), u"太短了"_qs);
    findings = check(workbook);
    CHECK_FALSE(findings[0].explained);
    CHECK(findings[1].explained);
    CHECK(findings[1].explanation == u"两名教师 在认定");
    summary = CheckSummary::of(findings);
    CHECK(summary.warnings == 2);
    CHECK(summary.unexplainedWarnings == 1);
    CHECK(summary.errors == 0);

    // An error is never explained, even with a text under its identity.
    workbook.header.phone = u"12345"_qs;
    workbook.explanations.insert(u"E11|||"_qs, u"这是一个很长的说明文字"_qs);
    findings = check(workbook);
    CHECK(findings[0].code == u"E11");
    CHECK_FALSE(findings[0].explained);

    CHECK(explanationLength(u"  一二三 四五 "_qs) == 5);
    CHECK(explanationLength(u"abcdef"_qs) == 6);
    setExplanation(workbook, FindingIdentity{u"W03"_qs, u"四川交通职业技术学院"_qs, u"Web前端开发"_qs, {}}, QString());
    CHECK_FALSE(workbook.explanations.contains(u"W03|四川交通职业技术学院|Web前端开发|"_qs));
}

TEST_CASE("messages follow the language", "[rules]")
{
    Workbook workbook = cleanWorkbook();
    workbook.header.phone = u"12345"_qs;
    CheckOptions options;
    options.language = Language::English;
    const QList<Finding> findings = check(workbook, options);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.startsWith(u"Phone number \"12345\" is not valid"));
}

TEST_CASE("every rule and message variant fills all its placeholders, in both languages", "[rules]")
{
    QList<Workbook> cases;
    const auto mutated = [&cases](const std::function<void(Workbook&)>& change, Workbook base = cleanWorkbook()) {
        change(base);
        cases << base;
    };
    mutated([](Workbook& w) { w.schools[0].name.clear(); });                                  // E01
    mutated([](Workbook& w) { w.schools[0].type.clear(); });                                  // E02 empty
    mutated([](Workbook& w) { w.schools[0].type = u"普通高中"_qs; });                          // E02
    mutated([](Workbook& w) { w.schools[0].type = u"技工学校"_qs; });                          // E03
    mutated([](Workbook& w) { firstRow(w).certificate.clear(); });                            // E04 empty
    mutated([](Workbook& w) { firstRow(w).certificate = u"云计算"_qs; });                      // E04
    mutated([](Workbook& w) { firstRow(w).levels.clear(); });                                 // E05 empty
    mutated([](Workbook& w) { firstRow(w).levels = {u"特级"_qs}; });                           // E05
    mutated([](Workbook& w) { firstRow(w).majorCount = u"5"_qs; });                           // E06
    mutated([](Workbook& w) { firstRow(w).majors.clear(); });                                 // E07
    mutated([](Workbook& w) { firstRow(w).students.clear(); });                               // E08 empty
    mutated([](Workbook& w) { firstRow(w).students = u"0"_qs; });                             // E08
    mutated([](Workbook& w) { w.schools[0].rows << firstRow(w); });                           // E09
    mutated([](Workbook& w) { w.header = Header{u"sc-2019"_qs, {}, {}, {}, {}, {}}; });         // E10 ×3
    mutated([](Workbook& w) { w.header.phone = u"12345"_qs; });                               // E11
    mutated([](Workbook& w) { firstRow(w).evidence.dualQualified = 20; firstRow(w).evidence.industryExperts = 20; }); // E12 ×2
    mutated([](Workbook& w) { firstRow(w).evidence.teamSize = -1; });                         // E12 negative
    mutated([](Workbook& w) {                                                                 // E13
        w.schools << w.schools[0];
        w.schools[0].conflictGroup = w.schools[1].conflictGroup = 1;
    });
    mutated([](Workbook& w) { w.schools[0].schoolCode = u"123"_qs; });                        // E14
    mutated([](Workbook& w) { w.schools.clear(); });                                          // E15
    mutated([](Workbook& w) { firstRow(w).majors << u"护理"_qs; firstRow(w).majorCount.clear(); }); // W01, W06
    mutated([](Workbook& w) { firstRow(w).evidence.enrolment[0].enrolled = {0, 0, 0}; });      // W02
    mutated([](Workbook& w) { firstRow(w).evidence.dualQualified = 1; firstRow(w).evidence.industryExperts = 1; }); // W03, W04
    mutated([](Workbook& w) { w.schools[0].tiers.clear(); });                                 // W05
    mutated([](Workbook& w) { firstRow(w).evidence = {}; });                                  // W06
    mutated([](Workbook&) {}, cityWorkbook(6, 6));                                            // W07
    mutated([](Workbook& w) { w.schools[0].type = u"高职"_qs; }, cityWorkbook(1, 1));          // W08 higher
    mutated([](Workbook& w) { w.schools[0].affiliation = u"省属"_qs; }, cityWorkbook(1, 1));   // W08 provincial
    mutated([](Workbook& w) { w.header.unit = w.schools[0].name; }, cityWorkbook(1, 1));       // W08
    mutated([](Workbook& w) { w.finalisation = {u"X1-AAAA-AAAA-AAAA"_qs, {}, true}; });        // W09
    mutated([](Workbook& w) { firstRow(w).evidence.management = {false, {}}; });              // W10

    QSet<QString> seen;
    for (const Language language : {Language::Chinese, Language::English}) {
        CheckOptions options;
        options.language = language;
        options.currentCode = u"X1-BBBB-BBBB-BBBB"_qs;
        for (const Workbook& workbook : cases) {
            for (const Finding& finding : check(workbook, options)) {
                CAPTURE(finding.code, finding.message);
                CHECK_FALSE(finding.message.contains(u'{'));
                CHECK_FALSE(finding.message.isEmpty());
                if (language == Language::English)
                    CHECK_FALSE(finding.message.contains(u"请")); // no Chinese template left behind
                seen.insert(finding.code);
            }
        }
    }
    for (const RuleInfo& rule : RuleBook::builtIn().rules()) {
        CAPTURE(rule.code);
        CHECK(seen.contains(rule.code));
    }
}
