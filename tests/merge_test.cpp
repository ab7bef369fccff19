#include "merge_fixtures.h"

#include "interchange/json_file.h"
#include "printout/printed_form.h"
#include "merge/conflict_resolver.h"
#include "merge/merger.h"
#include "merge/school_content.h"
#include "merge/school_identity.h"
#include "merge/school_order.h"

#include "util/file_hash.h"
#include "util/sha256.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

using namespace x1;
using namespace x1::test;

namespace {

const QDateTime importTime(QDate(2019, 4, 27), QTime(9, 30));

MergeSummary mergeInto(Workbook& target, const QList<SourceData>& sources,
                       ConflictPolicy policy = ConflictPolicy::KeepBoth)
{
    return mergeSources(target, sources, {policy, importTime, true}, Catalog::builtIn());
}

QStringList namesOf(const Workbook& workbook)
{
    QStringList names;
    for (const School& school : workbook.schools)
        names << school.name;
    return names;
}

} // namespace

TEST_CASE("identical duplicates fold into one school", "[merge]")
{
    Scratch scratch;
    const School school = schoolNamed(QStringLiteral("成都市第一职业中学"));
    const QString a = writeWorkbook(scratch, QStringLiteral("a.x1db"), workbookOf(QStringLiteral("成都市第一职业中学"), {school}));
    const QString b = writeWorkbook(scratch, QStringLiteral("b.x1db"),
                                    workbookOf(QStringLiteral("成都市第一职业中学"), {school}, QDate(2019, 4, 25)));
    Workbook target;
    const MergeSummary summary = mergeInto(target, {sourceAt(a), sourceAt(b)});
    CHECK(summary.sourcesRead == 2);
    CHECK(summary.schoolsAdded == 1);
    CHECK(summary.duplicatesFolded == 1);
    CHECK(summary.conflicts.isEmpty());
    REQUIRE(target.schools.size() == 1);
    CHECK(target.schools[0].conflictGroup == 0);
    CHECK(target.sources.size() == 2);
}

TEST_CASE("a school is the same by 学校标识码 when both have one, else by its normalised name", "[merge]")
{
    School coded = schoolNamed(QStringLiteral("四川省成都市财贸职业高级中学校"));
    coded.schoolCode = QStringLiteral("5101000001");
    School renamed = coded;
    renamed.name = QStringLiteral("成都市财贸职业高级中学");
    CHECK(sameSchool(coded, renamed));
    School otherCode = coded;
    otherCode.schoolCode = QStringLiteral("5101000002");
    CHECK_FALSE(sameSchool(coded, otherCode));
    School uncoded = schoolNamed(QStringLiteral("四川省成都市财贸职业高级中学校 "));
    CHECK(sameSchool(coded, uncoded));
    CHECK(sameSchool(schoolNamed(QStringLiteral("成都（蒲江）职业中学")), schoolNamed(QStringLiteral("成都(蒲江) 职业中学"))));
    CHECK(schoolNameKey(QStringLiteral("ＡＢＣ学院")) == schoolNameKey(QStringLiteral("abc学院")));
}

TEST_CASE("different data for one school under each conflict policy", "[merge]")
{
    Scratch scratch;
    const QString name = QStringLiteral("泸州职业技术学院");
    // Named first, older 填报日期; named second, newer.
    const QString first = writeWorkbook(scratch, QStringLiteral("first.x1db"),
                                        workbookOf(name, {schoolNamed(name, QStringLiteral("高职"), QStringLiteral("泸州市"), 100)},
                                                   QDate(2019, 4, 20)));
    const QString second = writeWorkbook(scratch, QStringLiteral("second.x1db"),
                                         workbookOf(name, {schoolNamed(name, QStringLiteral("高职"), QStringLiteral("泸州市"), 150)},
                                                    QDate(2019, 4, 24)));
    const QList<SourceData> sources = {sourceAt(first), sourceAt(second)};

    SECTION("keep-both keeps both versions under one conflict group until resolved")
    {
        Workbook target;
        const MergeSummary summary = mergeInto(target, sources, ConflictPolicy::KeepBoth);
        REQUIRE(summary.conflicts.size() == 1);
        CHECK(summary.conflictsLeft() == 1);
        CHECK(summary.conflicts[0].versions.size() == 2);
        REQUIRE(target.schools.size() == 2);
        CHECK(target.schools[0].conflictGroup != 0);
        CHECK(target.schools[0].conflictGroup == target.schools[1].conflictGroup);

        CHECK_FALSE(resolveConflict(target, name, QStringLiteral("nothing.x1db")).ok());
        Result<QString> kept = resolveConflict(target, name, QStringLiteral("second.x1db"));
        REQUIRE(kept.ok());
        REQUIRE(target.schools.size() == 1);
        CHECK(target.schools[0].rows[0].students == u"150");
        CHECK(target.schools[0].conflictGroup == 0);
        CHECK_FALSE(resolveConflict(target, name, QStringLiteral("second.x1db")).ok());
    }
    SECTION("fail changes nothing and lists both versions")
    {
        Workbook target = workbookOf(QStringLiteral("泸州市教育局"), {});
        const Workbook before = target;
        const MergeSummary summary = mergeInto(target, sources, ConflictPolicy::Fail);
        REQUIRE(summary.conflicts.size() == 1);
        CHECK(summary.conflicts[0].versions.size() == 2);
        CHECK(summary.conflictsLeft() == 1);
        CHECK(target == before);
    }
    SECTION("first keeps the version of the source named first, whatever their SHA-256")
    {
        for (const QList<SourceData>& order : {sources, QList<SourceData>{sources[1], sources[0]}}) {
            Workbook target;
            const MergeSummary summary = mergeInto(target, order, ConflictPolicy::First);
            CHECK(summary.conflictsLeft() == 0);
            REQUIRE(target.schools.size() == 1);
            CHECK(target.schools[0].rows[0].students == order[0].workbook.schools[0].rows[0].students);
            CHECK(target.schools[0].conflictGroup == 0);
        }
    }
    SECTION("newest keeps the version with the later 填报日期, in either order")
    {
        for (const QList<SourceData>& order : {sources, QList<SourceData>{sources[1], sources[0]}}) {
            Workbook target;
            mergeInto(target, order, ConflictPolicy::Newest);
            REQUIRE(target.schools.size() == 1);
            CHECK(target.schools[0].rows[0].students == u"150");
        }
    }
    SECTION("newest with equal dates goes to the source named first")
    {
        QList<SourceData> tied = sources;
        tied[1].source.fillDate = tied[0].source.fillDate;
        for (const QList<SourceData>& order : {tied, QList<SourceData>{tied[1], tied[0]}}) {
            Workbook target;
            mergeInto(target, order, ConflictPolicy::Newest);
            REQUIRE(target.schools.size() == 1);
            CHECK(target.schools[0].rows[0].students == order[0].workbook.schools[0].rows[0].students);
        }
    }
}

TEST_CASE("the merged workbook does not depend on the order of the sources", "[merge]")
{
    Scratch scratch;
    QList<SourceData> sources;
    const QStringList cities = {QStringLiteral("宜宾市"), QStringLiteral("成都市"), QStringLiteral("绵阳市"), QString()};
    for (int i = 0; i < 4; ++i) {
        const QString name = QStringLiteral("第%1职业学校").arg(QChar(u"甲乙丙丁"[i]));
        QList<School> schools = {schoolNamed(name, QStringLiteral("中职"), cities[i], 50 + i)};
        schools << schoolNamed(QStringLiteral("共同职业学校")); // folded three times
        if (i < 2)
            schools << schoolNamed(QStringLiteral("争议职业学校"), QStringLiteral("中职"), QStringLiteral("成都市"), 200 + i);
        Workbook workbook = workbookOf(name, schools);
        workbook.explanations.insert(u"W03|" + name + u"|Web前端开发|"_qs, QStringLiteral("兼职教师正在认定中"));
        sources << sourceAt(writeWorkbook(scratch, QStringLiteral("s%1.x1db").arg(i), workbook));
    }
    QList<int> order = {0, 1, 2, 3};
    QByteArray expected;
    do {
        QList<SourceData> shuffled;
        for (int i : order)
            shuffled << sources[i];
        Workbook target = workbookOf(QStringLiteral("四川省教育厅"), {});
        const MergeSummary summary = mergeInto(target, shuffled);
        CHECK(summary.schoolsAdded == 6);
        CHECK(summary.duplicatesFolded == 3);
        CHECK(summary.conflicts.size() == 1);
        const QByteArray json = workbookJsonBytes(target);
        if (expected.isEmpty())
            expected = json;
        CHECK(json == expected);
    } while (std::next_permutation(order.begin(), order.end()));
}

TEST_CASE("importing the same file twice changes nothing", "[merge]")
{
    Scratch scratch;
    const QString a = writeWorkbook(scratch, QStringLiteral("a.x1db"),
                                    workbookOf(QStringLiteral("x"), {schoolNamed(QStringLiteral("内江职业技术学院"))}));
    Workbook target;
    mergeInto(target, {sourceAt(a)});
    const Workbook once = target;
    const MergeSummary again = mergeInto(target, {sourceAt(a)});
    CHECK(again.sourcesAlreadyImported == 1);
    CHECK(again.schoolsAdded == 0);
    CHECK(target == once);
}

TEST_CASE("a merged workbook merged again keeps its schools' provenance and explanations", "[merge]")
{
    Scratch scratch;
    const QString schoolFile = writeWorkbook(scratch, QStringLiteral("学校.x1db"),
                                             workbookOf(QStringLiteral("宜宾职业技术学院"),
                                                        {schoolNamed(QStringLiteral("宜宾职业技术学院"), QStringLiteral("高职"), QStringLiteral("宜宾市"))},
                                                        QDate(2019, 4, 18)));
    Workbook city = workbookOf(QStringLiteral("宜宾市教育局"), {});
    mergeInto(city, {sourceAt(schoolFile)});
    city.explanations.insert(QStringLiteral("W03|宜宾职业技术学院|Web前端开发|"), QStringLiteral("外聘教师正在办理认定"));
    city.explanations.insert(QStringLiteral("W07|||"), QStringLiteral("本市只有这一类专业"));
    const QString cityFile = writeWorkbook(scratch, QStringLiteral("宜宾市.x1db"), city);

    Workbook province = workbookOf(QStringLiteral("四川省教育厅"), {}, QDate(2019, 4, 29), QStringLiteral("moe-2019"));
    mergeInto(province, {sourceAt(cityFile)});
    REQUIRE(province.schools.size() == 1);
    REQUIRE(province.sources.size() == 2);
    const Source* origin = province.sourceById(province.schools[0].sourceId);
    REQUIRE(origin != nullptr);
    CHECK(origin->fileName == u"学校.x1db");
    CHECK(origin->sha256 == sha256Of(schoolFile));
    CHECK(origin->fillDate == QDate(2019, 4, 18));
    const QString code = PrintedForm::of(WorkbookFile::read(schoolFile).value(), Catalog::builtIn()).verificationCode;
    CHECK(code.startsWith(u"X1-"));
    CHECK(origin->verificationCode == code);
    CHECK(province.sources[0].fileName == u"宜宾市.x1db");
    CHECK(province.sources[0].verificationCode
          == PrintedForm::of(WorkbookFile::read(cityFile).value(), Catalog::builtIn()).verificationCode);
    CHECK(province.explanations.value(QStringLiteral("W03|宜宾职业技术学院|Web前端开发|")) == u"外聘教师正在办理认定");
    CHECK_FALSE(province.explanations.contains(QStringLiteral("W07|||")));

    // The school's own file sent straight to the province as well: already there.
    const MergeSummary again = mergeInto(province, {sourceAt(schoolFile)});
    CHECK(again.sourcesAlreadyImported == 1);
    CHECK(province.schools.size() == 1);
}

TEST_CASE("merged schools are stored by 市（州）, 学校类型 and pinyin", "[merge]")
{
    Workbook target;
    QList<SourceData> sources;
    Scratch scratch;
    const QList<School> schools = {
        schoolNamed(QStringLiteral("自贡职业技术学院"), QStringLiteral("高职"), QStringLiteral("自贡市")),
        schoolNamed(QStringLiteral("无名职业学校"), QStringLiteral("中职"), QString()),
        schoolNamed(QStringLiteral("四川城市职业学院"), QStringLiteral("高职"), QStringLiteral("成都市")),
        schoolNamed(QStringLiteral("成都市礼仪职业中学"), QStringLiteral("中职"), QStringLiteral("成都市")),
        schoolNamed(QStringLiteral("阿坝职业学院"), QStringLiteral("高职"), QStringLiteral("成都市")),
        schoolNamed(QStringLiteral("成都纺织高等专科学校"), QStringLiteral("高职"), QStringLiteral("成都市")),
    };
    for (qsizetype i = 0; i < schools.size(); ++i)
        sources << sourceAt(writeWorkbook(scratch, QStringLiteral("%1.x1db").arg(i), workbookOf(QStringLiteral("x"), {schools[i]})));
    mergeInto(target, sources);
    CHECK(namesOf(target) == QStringList{QStringLiteral("阿坝职业学院"), QStringLiteral("成都纺织高等专科学校"),
                                         QStringLiteral("四川城市职业学院"), QStringLiteral("成都市礼仪职业中学"),
                                         QStringLiteral("自贡职业技术学院"), QStringLiteral("无名职业学校")});
    CHECK(target.schools[0].sortKey.startsWith(u"00|0|"));
    CHECK(target.schools[5].sortKey.startsWith(u"99|1|"));
}

// Character by character: ICU's few word-level readings (重庆 as chong) are not followed.
TEST_CASE("the stored pinyin order agrees with this machine's Chinese collation", "[merge]")
{
    QStringList names = {QStringLiteral("自贡职业技术学院"), QStringLiteral("阿坝职业学院"), QStringLiteral("长沙"), QStringLiteral("北川中学"), QStringLiteral("攀枝花学院"),
                         QStringLiteral("成都纺织高等专科学校"), QStringLiteral("四川航天职业技术学院"),
                         QStringLiteral("乐山职业技术学院"), QStringLiteral("雅安职业技术学院"), QStringLiteral("眉山职业技术学院")};
    QStringList byKey = names;
    std::sort(byKey.begin(), byKey.end(), [](const QString& a, const QString& b) { return pinyinKey(a) < pinyinKey(b); });
    QStringList byCollator = names;
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(byCollator.begin(), byCollator.end(), collator);
    CHECK(byKey == byCollator);
    CHECK(byKey.first() == u"阿坝职业学院");
}

TEST_CASE("a source's SHA-256 is the standard one, whether the processor computes it or Qt does", "[merge]")
{
    Scratch scratch;
    for (int length : {0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 70000, 1 << 20 | 13}) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            bytes[i] = char((i * 131 + length) & 0xff);
        CAPTURE(length);
        const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        CHECK(Sha256::hash(bytes) == expected);
        Sha256 piecewise; // fed in uneven pieces, as the verification code feeds it
        for (qsizetype at = 0, piece = 1; at < bytes.size(); at += piece, piece = piece * 3 % 97 + 1)
            piecewise.addData(QByteArrayView(bytes.constData() + at, std::min(piece, bytes.size() - at)));
        CHECK(piecewise.result() == expected);
        const QString path = scratch.path(QStringLiteral("f%1").arg(length));
        writeBytes(path, bytes);
        Result<QString> fromFile = fileSha256(path);
        REQUIRE(fromFile.ok());
        CHECK(fromFile.value() == sha256Of(path));
    }
    CHECK(Sha256::hash(QByteArrayLiteral("abc")).toHex()
          == QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK_FALSE(fileSha256(scratch.path(QStringLiteral("missing"))).ok());
}

TEST_CASE("the versions of a school in conflict are stored together", "[merge]")
{
    Scratch scratch;
    const QString name = QStringLiteral("眉山职业技术学院");
    School inMeishan = schoolNamed(name, QStringLiteral("高职"), QStringLiteral("眉山市"));
    School unknownCity = schoolNamed(name, QStringLiteral("高职"), QString(), 99);
    const QList<SourceData> sources = {
        sourceAt(writeWorkbook(scratch, QStringLiteral("a.x1db"), workbookOf(QStringLiteral("x"), {inMeishan}))),
        sourceAt(writeWorkbook(scratch, QStringLiteral("b.x1db"),
                               workbookOf(QStringLiteral("x"), {unknownCity, schoolNamed(QStringLiteral("乐山职业技术学院"), QStringLiteral("高职"), QStringLiteral("乐山市"))}))),
        sourceAt(writeWorkbook(scratch, QStringLiteral("c.x1db"),
                               workbookOf(QStringLiteral("x"), {schoolNamed(QStringLiteral("雅安职业技术学院"), QStringLiteral("高职"), QStringLiteral("雅安市"))}))),
    };
    Workbook target;
    mergeInto(target, sources);
    // 眉山市 comes before 雅安市 in the official order, 乐山市 before both; unknown last.
    CHECK(namesOf(target) == QStringList{QStringLiteral("乐山职业技术学院"), name, name, QStringLiteral("雅安职业技术学院")});
    CHECK(target.schools[1].city == u"眉山市");
    CHECK(target.schools[2].city.isEmpty());
}

TEST_CASE("importing into a workbook: its own version counts as named first", "[merge]")
{
    Scratch scratch;
    const QString name = QStringLiteral("达州职业技术学院");
    const QString newer = writeWorkbook(scratch, QStringLiteral("newer.x1db"),
                                        workbookOf(name, {schoolNamed(name, QStringLiteral("高职"), QStringLiteral("达州市"), 180)},
                                                   QDate(2019, 4, 25)));
    const Workbook own = workbookOf(QStringLiteral("达州市教育局"),
                                    {schoolNamed(name, QStringLiteral("高职"), QStringLiteral("达州市"), 170)}, QDate(2019, 4, 21));

    Workbook first = own;
    CHECK(mergeInto(first, {sourceAt(newer)}, ConflictPolicy::First).conflicts.size() == 1);
    REQUIRE(first.schools.size() == 1);
    CHECK(first.schools[0].rows[0].students == u"170");

    Workbook newest = own;
    mergeInto(newest, {sourceAt(newer)}, ConflictPolicy::Newest);
    REQUIRE(newest.schools.size() == 1);
    CHECK(newest.schools[0].rows[0].students == u"180");
    CHECK(newest.sourceById(newest.schools[0].sourceId)->fileName == u"newer.x1db");
}

TEST_CASE("reading a source never modifies it, an older workbook version included", "[merge]")
{
    Scratch scratch;
    const QString older = scratch.path(QStringLiteral("v1.x1db"));
    REQUIRE(WorkbookFile::createAtVersion(older, 1).ok());
    const QString current = writeWorkbook(scratch, QStringLiteral("v2.x1db"),
                                          workbookOf(QStringLiteral("x"), {schoolNamed(QStringLiteral("南充职业技术学院"))}));
    const QString json = scratch.path(QStringLiteral("v2.json"));
    REQUIRE(writeJsonFile(json, WorkbookFile::read(current).value()).ok());
    for (const QString& path : {older, current, json}) {
        CAPTURE(path);
        const QString before = sha256Of(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const SourceData data = sourceAt(path);
        CHECK(data.source.sha256 == before);
        CHECK(sha256Of(path) == before);
        CHECK(QFileInfo(path).lastModified() == modified);
    }
    CHECK(QDir(scratch.dir().path()).entryList(QDir::Files | QDir::Hidden).size() == 3);
}

TEST_CASE("a conflict's version summary writes 学生规模 as typed when it is not a number: 约100人, not 约100人人", "[merge]")
{
    School school;
    school.type = u"中职"_qs;
    CertificateRow counted;
    counted.certificate = u"物流管理"_qs;
    counted.students = u"120"_qs;
    CertificateRow typed = counted;
    typed.certificate = u"老年照护"_qs;
    typed.students = u"约100人"_qs;
    school.rows = {counted, typed};
    CHECK(versionSummary(school) == u"中职；物流管理  120人；老年照护  约100人"_qs);
}
