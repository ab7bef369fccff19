#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"

#include <QDir>
#include <QFile>

using namespace x1;

TEST_CASE("the built-in catalogue holds the six first-batch certificates with their organisations", "[catalog]")
{
    const Catalog& catalog = Catalog::builtIn();
    QStringList names;
    for (const CertificateInfo& certificate : catalog.certificates())
        names << certificate.name;
    CHECK(names == QStringList{QStringLiteral("建筑信息模型（BIM）"), QStringLiteral("Web前端开发"),
                               QStringLiteral("物流管理"), QStringLiteral("老年照护"),
                               QStringLiteral("汽车运用与维修"), QStringLiteral("智能新能源汽车")});
    CHECK(catalog.certificate(QStringLiteral("老年照护"))->organisation == QStringLiteral("北京中福长者文化科技有限公司"));
    CHECK(catalog.certificate(QStringLiteral("老年照护"))->contact.email == QStringLiteral("fuyizhulao@126.com"));
    CHECK(catalog.certificate(QStringLiteral("智能新能源汽车"))->organisation
          == catalog.certificate(QStringLiteral("汽车运用与维修"))->organisation);
    CHECK(catalog.certificate(QStringLiteral("建筑信息模型（BIM）"))->aliases.contains(QStringLiteral("BIM")));
    CHECK(catalog.certificate(QStringLiteral("BIM")) == nullptr);
    // 面向专业 per school level, from certificate_majors.json
    CHECK(catalog.certificate(QStringLiteral("Web前端开发"))->majorsByLevel.value(QStringLiteral("高职")).contains(QStringLiteral("软件技术")));
    CHECK(catalog.certificate(QStringLiteral("物流管理"))->majorsByLevel.keys() == QStringList{QStringLiteral("中职"), QStringLiteral("本科"), QStringLiteral("高职")});
    CHECK(catalog.levels() == QStringList{QStringLiteral("初级"), QStringLiteral("中级"), QStringLiteral("高级")});
}

TEST_CASE("school types, tiers and cities come from the data files", "[catalog]")
{
    const Catalog& catalog = Catalog::builtIn();
    CHECK(catalog.schoolTypes().size() == 4);
    CHECK(catalog.schoolTypeAliases().value(QStringLiteral("职高")) == QStringLiteral("中职"));
    CHECK(catalog.schoolTypeAliases().value(QStringLiteral("技师学院")) == QStringLiteral("技工学校"));
    CHECK(catalog.excludedSchoolTypes() == QStringList{QStringLiteral("技工学校")});
    CHECK(catalog.schoolLevelOf(QStringLiteral("应用型本科")) == QStringLiteral("本科"));
    CHECK(catalog.qualityTiers().size() == 10);
    REQUIRE(catalog.cities().size() == 21);
    CHECK(catalog.cities().first().name == QStringLiteral("成都市"));
    CHECK(catalog.cities().last().name == QStringLiteral("凉山彝族自治州"));
    CHECK(catalog.canonicalCity(QStringLiteral("阿坝州")) == QStringLiteral("阿坝藏族羌族自治州"));
    CHECK(catalog.canonicalCity(QStringLiteral("宜宾")) == QStringLiteral("宜宾市"));
    CHECK(catalog.canonicalCity(QStringLiteral("北京市")).isEmpty());
    CHECK(catalog.cityOrder(QStringLiteral("成都市")) == 0);
    CHECK(catalog.cityOrder(QStringLiteral("北京市")) == -1);
    CHECK(catalog.majors2021().size() == 1349);
    CHECK(catalog.renamed2021().value(QStringLiteral("老年服务与管理")) == QStringLiteral("智慧健康养老服务与管理"));
}

TEST_CASE("the unit kind is inferred from the unit's name", "[catalog]")
{
    const Catalog& catalog = Catalog::builtIn();
    CHECK(catalog.inferUnitKind(QStringLiteral("成都市教育局")) == QStringLiteral("市州教育行政部门"));
    CHECK(catalog.inferUnitKind(QStringLiteral("四川省教育厅")) == QStringLiteral("省级教育行政部门"));
    CHECK(catalog.inferUnitKind(QStringLiteral("国家开放大学")) == QStringLiteral("国家开放大学"));
    CHECK(catalog.inferUnitKind(QStringLiteral("四川工程职业技术学院")) == QStringLiteral("学校"));
    CHECK(catalog.inferUnitKind(QStringLiteral(" 宜宾市教育局 ")) == QStringLiteral("市州教育行政部门"));
}

TEST_CASE("both form profiles are data with the notice's titles and notes", "[catalog][profile]")
{
    const Catalog& catalog = Catalog::builtIn();
    const FormProfile* sichuan = catalog.profile(QStringLiteral("sc-2019"));
    const FormProfile* ministry = catalog.profile(QStringLiteral("moe-2019"));
    REQUIRE(sichuan);
    REQUIRE(ministry);
    CHECK(sichuan->title == QStringLiteral("四川省首批1+X证书制度试点院校申报表"));
    CHECK(ministry->title == QStringLiteral("首批1+X证书制度试点院校情况汇总表"));
    CHECK(sichuan->columns == ministry->columns);
    CHECK(sichuan->columns.first() == QStringLiteral("序号"));
    CHECK(sichuan->columns.last() == QStringLiteral("备注"));
    CHECK(sichuan->notes.size() == 4);
    CHECK(sichuan->notes[0] == QStringLiteral("1.报送单位为市州级教育行政部门或高职院校或省属中职学校"));
    CHECK(ministry->notesHeading == QStringLiteral("注："));
    CHECK(ministry->notes[1] == QStringLiteral("2.“学校类型”栏填写中职、高职、本科层次职业教育试点学校或应用型本科"));
    CHECK(sichuan->allowedSchoolTypes == QStringList{QStringLiteral("中职"), QStringLiteral("高职")});
    CHECK(ministry->allowedSchoolTypes.size() == 4);
    CHECK(sichuan->deadline == QDate(2019, 4, 26));
    CHECK(ministry->deadline == QDate(2019, 4, 30));
    CHECK(sichuan->concentrationThreshold == 0.4);
    CHECK(catalog.profile(QStringLiteral("sc-2020")) == nullptr);
}

TEST_CASE("a catalogue folder with a broken data file is refused with the file and the reason", "[catalog]")
{
    x1::test::Scratch scratch;
    const QString root = scratch.dir().path();
    for (const char* folder : {"catalog", "profiles"})
        QDir(root).mkpath(QString::fromLatin1(folder));
    for (const QString& name : QDir(QStringLiteral(":/catalog")).entryList())
        QFile::copy(u":/catalog/" + name, root + u"/catalog/" + name);
    for (const QString& name : QDir(QStringLiteral(":/profiles")).entryList())
        QFile::copy(u":/profiles/" + name, root + u"/profiles/" + name);
    for (const QString& name : QDir(root + u"/catalog").entryList(QDir::Files))
        QFile::setPermissions(root + u"/catalog/" + name, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    REQUIRE(Catalog::load(root).ok());
    REQUIRE(Catalog::load(root)->certificates().size() == 6);

    x1::test::writeBytes(root + u"/catalog/certificates.json", "{\"certificates\": [");
    const Result<Catalog> broken = Catalog::load(root);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.message().contains(QStringLiteral("certificates.json")));
    CHECK(broken.message().contains(QStringLiteral("JSON 格式错误")));
}

TEST_CASE("a certificate added to the data file appears without code", "[catalog]")
{
    x1::test::Scratch scratch;
    const QString root = scratch.dir().path();
    QDir(root).mkpath(QStringLiteral("catalog"));
    QDir(root).mkpath(QStringLiteral("profiles"));
    for (const QString& name : QDir(QStringLiteral(":/catalog")).entryList())
        QFile::copy(u":/catalog/" + name, root + u"/catalog/" + name);
    QFile::copy(QStringLiteral(":/profiles/sc-2019.json"), root + u"/profiles/sc-2019.json");
    QFile::setPermissions(root + u"/catalog/certificates.json", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray json = x1::test::readBytes(root + u"/catalog/certificates.json");
    json.replace("\"certificates\": [", "\"certificates\": [\n  {\"name\": \"工业机器人操作与运维\", \"aliases\": [\"工业机器人\"], \"organisation\": \"某培训评价组织\", \"contact\": {}},");
    x1::test::writeBytes(root + u"/catalog/certificates.json", json);
    const Result<Catalog> catalog = Catalog::load(root);
    REQUIRE(catalog.ok());
    CHECK(catalog->certificates().size() == 7);
    CHECK(catalog->certificate(QStringLiteral("工业机器人操作与运维")) != nullptr);
    CHECK(catalog->profiles().size() == 1);
}
