#include "support/catch.h"

#include "normalize/field_values.h"

using namespace x1;

namespace {

QString normalised(const FieldAddress& address, const QString& typed)
{
    const Result<QString> value = normalizeFieldValue(address, typed);
    REQUIRE(value.ok());
    return *value;
}

QString refusal(const FieldAddress& address, const QString& typed)
{
    const Result<QString> value = normalizeFieldValue(address, typed);
    REQUIRE_FALSE(value.ok());
    return value.message();
}

const FieldAddress row(RowField field)
{
    return FieldAddress::of(0, 0, field);
}

} // namespace

TEST_CASE("one parser per kind of cell: what is typed becomes the stored value", "[normalize][fields]")
{
    CHECK(normalised(row(RowField::Students), u"１２０人"_qs) == u"120");
    CHECK(normalised(row(RowField::Students), u"约120"_qs) == u"约120");
    CHECK(normalised(row(RowField::Levels), u"初、中级"_qs) == u"初级、中级");
    CHECK(normalised(row(RowField::Certificate), u"web前端"_qs) == u"Web前端开发");
    CHECK(normalised(row(RowField::Certificate), u"烹饪"_qs) == u"烹饪");
    CHECK(normalised(row(RowField::Majors), u"计算机应用/电子商务\n无"_qs) == u"计算机应用、电子商务");
    CHECK(normalised(row(RowField::MajorCount), u"３个"_qs) == u"3");
    CHECK(normalised(row(RowField::MajorCount), u"无"_qs).isEmpty());
    CHECK(normalised(row(RowField::MajorCount), u"约3"_qs) == u"约3");
    CHECK(normalised(row(RowField::TeamSize), u"１２人"_qs) == u"12");
    CHECK(normalised(row(RowField::TrainingAnswer), u"有"_qs) == u"是");
    CHECK(normalised(row(RowField::TrainingAnswer), u"×"_qs) == u"否");
    CHECK(normalised(row(RowField::Enrolment), u"计算机应用＝45/50/52；电子商务=30,,28"_qs)
          == u"计算机应用=45/50/52；电子商务=30//28");
    CHECK(normalised(FieldAddress::of(0, SchoolField::Type), u"职高"_qs) == u"中职");
    CHECK(normalised(FieldAddress::of(0, SchoolField::City), u"宜宾"_qs) == u"宜宾市");
    CHECK(normalised(FieldAddress::of(0, SchoolField::Affiliation), u"市属"_qs) == u"市（州）属");
    CHECK(normalised(FieldAddress::of(0, SchoolField::SchoolCode), u"５１００ ０１２３４５"_qs) == u"5100012345");
    CHECK(normalised(FieldAddress::of(HeaderField::FillDate), u"2019年4月22日"_qs) == u"2019-04-22");
    CHECK(normalised(FieldAddress::of(HeaderField::Phone), u"（028）86110894"_qs) == u"(028)86110894");
}

TEST_CASE("values the workbook cannot hold are refused with the reason", "[normalize][fields]")
{
    CHECK(refusal(row(RowField::TeamSize), u"十个"_qs) == u"“十个”不是人数；请填写整数");
    CHECK(refusal(row(RowField::ManagementAnswer), u"还行"_qs) == u"“还行”不是“是”或“否”");
    CHECK(refusal(row(RowField::Enrolment), u"计算机应用 45"_qs).contains(u"专业=前年/去年/今年招生人数"));
    CHECK(refusal(FieldAddress::of(HeaderField::FillDate), u"2019-02-30"_qs).contains(u"不是有效日期"));
    CHECK(refusal(FieldAddress::of(HeaderField::UnitKind), u"公司"_qs).contains(u"报送单位类别“公司”无效"));
    CHECK(refusal(FieldAddress::of(0, SchoolField::City), u"重庆"_qs) == u"“重庆”不是四川省的市（州）");
}
