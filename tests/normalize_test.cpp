#include "support/catch.h"

#include "normalize/normalize.h"

#include <optional>

using namespace x1;

namespace {

struct Case {
    const char16_t* input;
    const char16_t* expected;
};

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

QString joined(const QStringList& list)
{
    return list.join(u'|');
}

} // namespace

TEST_CASE("normalizeText folds spaces and full-width letters and digits", "[normalize]")
{
    const Case cases[] = {
        {u"", u""},
        {u"   ", u""},
        {u"  四川交通职业技术学院  ", u"四川交通职业技术学院"},
        {u"成都　市", u"成都 市"},
        {u"a  b\t\tc", u"a b c"},
        {u"第一行\n第二行", u"第一行 第二行"},
        {u"第一行\r\n\r\n第二行", u"第一行 第二行"},
        {u"Ｗｅｂ前端开发", u"Web前端开发"},
        {u"ＷＥＢ", u"WEB"},
        {u"１２０", u"120"},
        {u"１２０人", u"120人"},
        {u"\u200B无\uFEFF", u"无"},
        {u"\u00A0028-86110894\u00A0", u"028-86110894"},
        {u"（BIM）", u"（BIM）"},
        {u"建筑信息模型(BIM)", u"建筑信息模型(BIM)"},
        {u"初级、中级", u"初级、中级"},
        {u"ｘ１　ａｐｐｌｙ", u"x1 apply"},
        {u"\t\n", u""},
    };
    for (const Case& c : cases) {
        CAPTURE(s(c.input));
        CHECK(normalizeText(s(c.input)) == s(c.expected));
    }
}

TEST_CASE("normalizeName makes brackets Chinese and drops spaces beside Chinese", "[normalize]")
{
    const Case cases[] = {
        {u"Web 前端开发", u"Web前端开发"},
        {u"Ｗｅｂ　前端开发", u"Web前端开发"},
        {u"建筑信息模型(BIM)", u"建筑信息模型（BIM）"},
        {u"建筑信息模型 ( BIM )", u"建筑信息模型（BIM）"},
        {u"四川 交通 职业技术学院", u"四川交通职业技术学院"},
        {u"成都市XX学校 (成都校区)", u"成都市XX学校（成都校区）"},
        {u"计算机应用技术(Web方向)", u"计算机应用技术（Web方向）"},
        {u"Big Data 技术", u"Big Data技术"},
        {u"  王 伟 ", u"王伟"},
        {u"市(州)属", u"市（州）属"},
        {u"", u""},
        {u"A B", u"A B"},
        {u"汽车运用与维修\n", u"汽车运用与维修"},
        {u"四川省成都市 第一 职业高级中学", u"四川省成都市第一职业高级中学"},
        {u"宜宾职业技术学院\u3000", u"宜宾职业技术学院"},
        {u"达州中医药职业学院（筹）", u"达州中医药职业学院（筹）"},
        {u"达州中医药职业学院(筹)", u"达州中医药职业学院（筹）"},
        {u"四川信息职业技术学院 ", u"四川信息职业技术学院"},
        {u"Ｗｅｂ　前端　开发", u"Web前端开发"},
        {u"web 前端", u"web前端"},
        {u"BIM 建筑信息模型", u"BIM建筑信息模型"},
        {u"电子商务（跨境电商方向）", u"电子商务（跨境电商方向）"},
        {u"数控技术(数控编程)", u"数控技术（数控编程）"},
        {u"凉山彝族自治州 教育和体育局", u"凉山彝族自治州教育和体育局"},
        {u"Photoshop CS6", u"Photoshop CS6"},
        {u"HTML5 与 CSS3", u"HTML5与CSS3"},
        {u"\u200B四川\u200B交通", u"四川交通"},
        {u"成都市 (郫都区) 职业学校", u"成都市（郫都区）职业学校"},
    };
    for (const Case& c : cases) {
        CAPTURE(s(c.input));
        CHECK(normalizeName(s(c.input)) == s(c.expected));
    }
}

TEST_CASE("placeholders count as empty", "[normalize]")
{
    for (const char16_t* text : {u"无", u" 无 ", u"/", u"-", u"—", u"——", u"－", u"／", u"暂无", u"N/A", u"n/a", u"--",
                                 u"//", u" / ", u"空"}) {
        CAPTURE(s(text));
        CHECK(isPlaceholder(s(text)));
        CHECK(cleanCell(s(text)).isEmpty());
        CHECK(cleanName(s(text)).isEmpty());
    }
    for (const char16_t* text : {u"", u"无人机应用技术", u"120", u"0", u"物流管理", u"A-B", u"计算机/网络"}) {
        CAPTURE(s(text));
        CHECK_FALSE(isPlaceholder(s(text)));
    }
    CHECK(cleanCell(u" 校企 合作 ") == u"校企 合作");
    // Judged after normalising: invisible characters do not hide a dash.
    for (const char16_t* text : {u"\u00AD-", u"-\u200B", u"\uFEFF无"}) {
        CAPTURE(s(text));
        CHECK(isPlaceholder(s(text)));
    }
}

TEST_CASE("splitMajors splits at every separator and never yields a placeholder", "[normalize]")
{
    const Case cases[] = {
        {u"计算机应用技术、软件技术", u"计算机应用技术|软件技术"},
        {u"计算机应用技术，软件技术", u"计算机应用技术|软件技术"},
        {u"计算机应用技术,软件技术", u"计算机应用技术|软件技术"},
        {u"计算机应用技术；软件技术", u"计算机应用技术|软件技术"},
        {u"计算机应用技术;软件技术", u"计算机应用技术|软件技术"},
        {u"计算机应用技术/软件技术", u"计算机应用技术|软件技术"},
        {u"计算机应用技术／软件技术", u"计算机应用技术|软件技术"},
        {u"计算机应用技术\n软件技术", u"计算机应用技术|软件技术"},
        {u"计算机应用技术\r\n软件技术\r\n", u"计算机应用技术|软件技术"},
        {u"计算机应用技术、、软件技术、", u"计算机应用技术|软件技术"},
        {u" 计算机 应用技术 、 软件技术 ", u"计算机应用技术|软件技术"},
        {u"计算机应用技术、计算机应用技术", u"计算机应用技术"},
        {u"物流管理", u"物流管理"},
        {u"无", u""},
        {u"/", u""},
        {u"—", u""},
        {u"-", u""},
        {u"", u""},
        {u"物流管理、无", u"物流管理"},
        {u"护理、/、老年服务与管理", u"护理|老年服务与管理"},
        {u"计算机应用技术(Web方向)、软件技术", u"计算机应用技术（Web方向）|软件技术"},
        {u"Ｗｅｂ应用开发，电子商务", u"Web应用开发|电子商务"},
        {u"汽车运用与维修、汽车电子技术应用、新能源汽车运用与维修", u"汽车运用与维修|汽车电子技术应用|新能源汽车运用与维修"},
        {u"建筑工程施工\t工程造价", u"建筑工程施工|工程造价"},
    };
    for (const Case& c : cases) {
        CAPTURE(s(c.input));
        CHECK(joined(splitMajors(s(c.input))) == s(c.expected));
    }
}

TEST_CASE("parseStudents reads whole numbers however they are typed", "[normalize]")
{
    const struct {
        const char16_t* input;
        std::optional<int> expected;
    } cases[] = {
        {u"120", 120},       {u"１２０", 120},    {u"120人", 120},   {u"120 人", 120},   {u" 120 ", 120},
        {u"120.0", 120},     {u"1.2E2", 120},     {u"1.2e2", 120},   {u"1,200", 1200},   {u"12,000人", 12000},
        {u"120名", 120},     {u"１２０人", 120},  {u"0", 0},         {u"-5", -5},        {u"3000", 3000},
        {u"", std::nullopt}, {u"无", std::nullopt}, {u"约120", std::nullopt}, {u"120.5", std::nullopt},
        {u"一百二十", std::nullopt}, {u"120-150", std::nullopt}, {u"1,2", std::nullopt}, {u"abc", std::nullopt},
        {u"99999999999", std::nullopt},
    };
    for (const auto& c : cases) {
        CAPTURE(s(c.input));
        CHECK(parseStudents(s(c.input)) == c.expected);
    }
    CHECK(normalizeStudents(u"１２０人") == u"120");
    CHECK(normalizeStudents(u"120.0") == u"120");
    CHECK(normalizeStudents(u"无") == u"");
    CHECK(normalizeStudents(u" 约 120 人 ") == u"约 120 人");
}

TEST_CASE("parseLevels reads the spellings of levels", "[normalize]")
{
    const Case cases[] = {
        {u"初级、中级", u"初级|中级"},
        {u"初级/中级", u"初级|中级"},
        {u"初级，中级", u"初级|中级"},
        {u"初级,中级,高级", u"初级|中级|高级"},
        {u"初、中级", u"初级|中级"},
        {u"初中级", u"初级|中级"},
        {u"中高级", u"中级|高级"},
        {u"初中高级", u"初级|中级|高级"},
        {u"中级", u"中级"},
        {u"中级、初级", u"初级|中级"},
        {u"初级和中级", u"初级|中级"},
        {u"初级及中级", u"初级|中级"},
        {u"初级 中级", u"初级|中级"},
        {u"中级高级", u"中级|高级"},
        {u"初级至高级", u"初级|中级|高级"},
        {u"初级-高级", u"初级|高级"},
        {u"初级、初级", u"初级"},
        {u"（初级）", u"初级"},
        {u"初级证书", u"初级"},
        {u"", u""},
        {u"一级", u"一级"},
        {u"初级、特级", u"初级|特级"},
        {u"专家级", u"专家级"},
    };
    for (const Case& c : cases) {
        CAPTURE(s(c.input));
        CHECK(joined(parseLevels(s(c.input))) == s(c.expected));
    }
}

TEST_CASE("certificate spellings map to the catalogue's names", "[normalize]")
{
    const Case cases[] = {
        {u"建筑信息模型（BIM）", u"建筑信息模型（BIM）"},
        {u"建筑信息模型(BIM)", u"建筑信息模型（BIM）"},
        {u"BIM", u"建筑信息模型（BIM）"},
        {u"bim", u"建筑信息模型（BIM）"},
        {u"ＢＩＭ", u"建筑信息模型（BIM）"},
        {u"建筑信息模型", u"建筑信息模型（BIM）"},
        {u"建筑信息模型（BIM）职业技能等级证书", u"建筑信息模型（BIM）"},
        {u"Web前端开发", u"Web前端开发"},
        {u"WEB前端开发", u"Web前端开发"},
        {u"web前端", u"Web前端开发"},
        {u"Web 前端开发", u"Web前端开发"},
        {u"Ｗｅｂ前端开发", u"Web前端开发"},
        {u"Web前端开发职业技能等级证书", u"Web前端开发"},
        {u"Web前端开发证书", u"Web前端开发"},
        {u"物流管理", u"物流管理"},
        {u"老年照护", u"老年照护"},
        {u"汽车运用与维修", u"汽车运用与维修"},
        {u"智能新能源汽车", u"智能新能源汽车"},
        {u"新能源汽车", u"智能新能源汽车"},
        {u"云计算", u""},
        {u"", u""},
        {u"物流管理师", u""},
    };
    for (const Case& c : cases) {
        CAPTURE(s(c.input));
        CHECK(canonicalCertificate(s(c.input)) == s(c.expected));
    }
}

TEST_CASE("a certificate cell splits into certificate and levels", "[normalize]")
{
    const struct {
        const char16_t* input;
        const char16_t* certificate;
        const char16_t* levels;
        bool recognised;
    } cases[] = {
        {u"建筑信息模型(BIM)初级/中级/高级", u"建筑信息模型（BIM）", u"初级|中级|高级", true},
        {u"建筑信息模型（BIM）（初级）", u"建筑信息模型（BIM）", u"初级", true},
        {u"建筑信息模型（BIM）", u"建筑信息模型（BIM）", u"", true},
        {u"BIM初级", u"建筑信息模型（BIM）", u"初级", true},
        {u"BIM（初、中级）", u"建筑信息模型（BIM）", u"初级|中级", true},
        {u"Web前端开发-中级", u"Web前端开发", u"中级", true},
        {u"Web前端开发（初级、中级）", u"Web前端开发", u"初级|中级", true},
        {u"Web前端开发(初级,中级)", u"Web前端开发", u"初级|中级", true},
        {u"WEB前端开发 初级", u"Web前端开发", u"初级", true},
        {u"web前端：中级", u"Web前端开发", u"中级", true},
        {u"Web前端开发中级", u"Web前端开发", u"中级", true},
        {u"汽车运用与维修 初、中级", u"汽车运用与维修", u"初级|中级", true},
        {u"汽车运用与维修（初中级）", u"汽车运用与维修", u"初级|中级", true},
        {u"智能新能源汽车（中级、高级）", u"智能新能源汽车", u"中级|高级", true},
        {u"物流管理（初级）", u"物流管理", u"初级", true},
        {u"物流管理 中级", u"物流管理", u"中级", true},
        {u"老年照护初级、中级、高级", u"老年照护", u"初级|中级|高级", true},
        {u"老年照护职业技能等级证书（初级）", u"老年照护", u"初级", true},
        {u"Web前端开发（特级）", u"Web前端开发", u"特级", true},
        {u"Web前端开发-一级", u"Web前端开发", u"一级", true},
        {u"建筑信息模型（BIM）（专家级）", u"建筑信息模型（BIM）", u"专家级", true},
        {u"物流管理（初级、特级）", u"物流管理", u"初级|特级", true},
        {u"物流管理师", u"物流管理师", u"", false},
        {u"物流管理师（初级）", u"物流管理师", u"初级", false},
        {u"云计算（初级）", u"云计算", u"初级", false},
        {u"云计算", u"云计算", u"", false},
        {u"无", u"", u"", false},
        {u"", u"", u"", false},
    };
    for (const auto& c : cases) {
        CAPTURE(s(c.input));
        const CertificateCell cell = parseCertificateCell(s(c.input));
        CHECK(cell.certificate == s(c.certificate));
        CHECK(joined(cell.levels) == s(c.levels));
        CHECK(cell.recognised == c.recognised);
    }
}

TEST_CASE("学校类型, 隶属 and 市（州） spellings", "[normalize]")
{
    const Case types[] = {
        {u"中职", u"中职"},          {u"中等职业学校", u"中职"}, {u"中职学校", u"中职"},   {u"中专", u"中职"},
        {u"职高", u"中职"},          {u" 中 职 ", u"中职"},      {u"高职", u"高职"},       {u"高等职业学校", u"高职"},
        {u"高职院校", u"高职"},      {u"高职高专", u"高职"},     {u"高等专科学校", u"高职"}, {u"职业本科", u"本科层次职业教育试点学校"},
        {u"本科层次职业教育试点学校", u"本科层次职业教育试点学校"}, {u"应用型本科高校", u"应用型本科"},
        {u"应用型本科", u"应用型本科"}, {u"技校", u"技工学校"}, {u"技师学院", u"技工学校"}, {u"技工学校", u"技工学校"},
        {u"无", u""},                {u"", u""},                 {u"普通高中", u"普通高中"},
    };
    for (const Case& c : types) {
        CAPTURE(s(c.input));
        CHECK(canonicalSchoolType(s(c.input)) == s(c.expected));
    }
    const Case affiliations[] = {
        {u"省属", u"省属"}, {u"市（州）属", u"市（州）属"}, {u"市(州)属", u"市（州）属"}, {u"市属", u"市（州）属"},
        {u"州属", u"市（州）属"}, {u"市州属", u"市（州）属"}, {u" 省属 ", u"省属"}, {u"", u""}, {u"无", u""}, {u"县属", u""},
        {u"市 (州) 属", u"市（州）属"}, {u"市（ 州 ）属", u"市（州）属"}, {u"省属\n", u"省属"}, {u"/", u""}, {u"—", u""},
        {u"部属", u""}, {u"民办", u""}, {u"省 属", u"省属"}, {u"市属 ", u"市（州）属"}, {u"州属\t", u"市（州）属"},
    };
    for (const Case& c : affiliations) {
        CAPTURE(s(c.input));
        CHECK(canonicalAffiliation(s(c.input)) == s(c.expected));
    }
    const Case cities[] = {
        {u"成都市", u"成都市"}, {u"成都", u"成都市"}, {u"四川省成都市", u"成都市"}, {u" 成都 市 ", u"成都市"},
        {u"510100", u"成都市"}, {u"阿坝州", u"阿坝藏族羌族自治州"}, {u"阿坝", u"阿坝藏族羌族自治州"},
        {u"凉山彝族自治州", u"凉山彝族自治州"}, {u"甘孜", u"甘孜藏族自治州"}, {u"攀枝花", u"攀枝花市"},
        {u"北京市", u""}, {u"", u""}, {u"无", u""},
        {u"自贡", u"自贡市"}, {u"泸州市", u"泸州市"}, {u"德阳", u"德阳市"}, {u"绵阳市 ", u"绵阳市"}, {u"广元", u"广元市"},
        {u"遂宁", u"遂宁市"}, {u"内江市", u"内江市"}, {u"乐山", u"乐山市"}, {u"南充", u"南充市"}, {u"眉山", u"眉山市"},
        {u"宜宾市", u"宜宾市"}, {u"广安", u"广安市"}, {u"达州", u"达州市"}, {u"雅安", u"雅安市"}, {u"巴中", u"巴中市"},
        {u"资阳", u"资阳市"}, {u"凉山州", u"凉山彝族自治州"}, {u"凉山", u"凉山彝族自治州"}, {u"甘孜州", u"甘孜藏族自治州"},
        {u"四川省 宜宾市", u"宜宾市"}, {u"５１０１００", u"成都市"}, {u"重庆市", u""},
    };
    for (const Case& c : cities) {
        CAPTURE(s(c.input));
        CHECK(canonicalCity(s(c.input)) == s(c.expected));
    }
}

TEST_CASE("phone numbers: landlines with area code and mobiles pass, others fail", "[normalize]")
{
    for (const char16_t* valid : {u"028-86110894", u"02886110894", u"(028)86110894", u"（028）86110894",
                                  u"028 86110894", u"028-86110894转123", u"028-86110894-1234", u"0816-2345678",
                                  u"0838-1234567转8", u"010-68607719", u"13812345678", u"138 1234 5678",
                                  u"138-1234-5678", u"+8613812345678", u"8613812345678", u"+86 138 1234 5678",
                                  u"１３８１２３４５６７８", u"028－86110894", u"19912345678",
                                  u"028-86110894、13812345678", u"028-86110894，13812345678",
                                  u"028-86110894,13812345678", u"028-86110894/13812345678", u" 028-86110894 "}) {
        CAPTURE(s(valid));
        CHECK(validatePhone(s(valid)));
    }
    for (const char16_t* invalid : {u"12345", u"86110894", u"8611089", u"028-861108", u"12812345678",
                                    u"1381234567", u"138123456789", u"028-86110894、12345", u"abc", u"",
                                    u"028-86110894转", u"电话028-86110894", u"0-86110894", u"10086"}) {
        CAPTURE(s(invalid));
        CHECK_FALSE(validatePhone(s(invalid)));
    }
    QString bad;
    CHECK_FALSE(validatePhone(u"028-86110894、12345", &bad));
    CHECK(bad == u"12345");
    CHECK(normalizePhone(u"（028）８６１１０８９４") == u"(028)86110894");
    CHECK(splitPhoneNumbers(u"028-86110894、 13812345678 ,") == QStringList{u"028-86110894"_qs, u"13812345678"_qs});
}

TEST_CASE("a 联系人及电话 cell splits into name and phone", "[normalize]")
{
    const struct {
        const char16_t* input;
        const char16_t* name;
        const char16_t* phone;
    } cases[] = {
        {u"联系人及电话：王伟 028-86110894", u"王伟", u"028-86110894"},
        {u"联系人及电话:王伟 028-86110894", u"王伟", u"028-86110894"},
        {u"王伟 028-86110894", u"王伟", u"028-86110894"},
        {u"王伟028-86110894", u"王伟", u"028-86110894"},
        {u"王伟，13812345678", u"王伟", u"13812345678"},
        {u"王伟（028）86110894", u"王伟", u"(028)86110894"},
        {u"王伟 +8613812345678", u"王伟", u"+8613812345678"},
        {u"联系人：王伟 电话：028-86110894", u"王伟", u"028-86110894"},
        {u"王伟、李丽 028-86110894、13812345678", u"王伟、李丽", u"028-86110894、13812345678"},
        {u"王 伟　０２８－８６１１０８９４", u"王伟", u"028-86110894"},
        {u"王伟", u"王伟", u""},
        {u"028-86110894", u"", u"028-86110894"},
        {u"联系人及电话：", u"", u""},
        {u"", u"", u""},
    };
    for (const auto& c : cases) {
        CAPTURE(s(c.input));
        const ContactCell contact = splitContactCell(s(c.input));
        CHECK(contact.name == s(c.name));
        CHECK(contact.phone == s(c.phone));
    }
}

TEST_CASE("schoolNameKey identifies a school whatever its spacing and brackets", "[normalize]")
{
    const QString key = schoolNameKey(u"成都市XX学校（成都校区）");
    for (const char16_t* variant : {u"成都市XX学校(成都校区)", u" 成都市 XX学校 （成都校区） ", u"成都市ｘｘ学校（成都校区）",
                                    u"成都市xx学校\n(成都校区)", u"成都市XX学校（ 成都校区 ）", u"成都市Xx学校(成都校区)",
                                    u"\u3000成都市XX学校（成都校区）\u3000", u"成都市\tXX学校(成都校区)", u"成都市XX学校 ( 成都校区 )",
                                    u"成都市\u200BXX学校（成都校区）", u"成都市ＸＸ学校（成都校区）", u"成 都 市XX学校（成都校区）"}) {
        CAPTURE(s(variant));
        CHECK(schoolNameKey(s(variant)) == key);
    }
    for (const char16_t* other : {u"成都市XX学校", u"成都市XX学校（郫都校区）", u"成都市YY学校（成都校区）", u"四川省成都市XX学校（成都校区）",
                                  u"成都市XX职业学校（成都校区）", u""}) {
        CAPTURE(s(other));
        CHECK(schoolNameKey(s(other)) != key);
    }
}

TEST_CASE("isNormalizedText and isNormalizedName agree with the normalisers", "[normalize]")
{
    for (const char16_t* text : {u"", u"四川交通职业技术学院", u"Web前端开发", u"Web 前端开发", u" 前导", u"末尾 ", u"两  空格",
                                 u"Ｗｅｂ", u"１２０", u"(BIM)", u"（BIM）", u"a b", u"a\tb", u"换\n行", u"\u200B零宽",
                                 u"建筑信息模型（BIM）", u"Big Data 技术", u"120人", u"成都　市"}) {
        CAPTURE(s(text));
        CHECK(isNormalizedText(s(text)) == (normalizeText(s(text)) == s(text)));
        CHECK(isNormalizedName(s(text)) == (normalizeName(s(text)) == s(text)));
    }
}
