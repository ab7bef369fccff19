#include "support/catch.h"

#include "catalog/catalog.h"
#include "handfilled/form_reader.h"

using namespace x1;

namespace {

GridCell textCell(const QString& text)
{
    return GridCell{text, GridCell::Kind::Text, {}};
}

// A one-school form whose row 2 holds `headerCells` (column -> text).
SpreadsheetBook formWithHeaderRow(const QList<QPair<int, QString>>& headerCells)
{
    SheetGrid grid;
    grid.name = QStringLiteral("申报表");
    grid.set(0, 0, textCell(QStringLiteral("四川省首批1+X证书制度试点院校申报表")));
    for (const auto& [column, text] : headerCells)
        grid.set(1, column, textCell(text));
    const QStringList labels{QStringLiteral("序号"), QStringLiteral("试点院校名称"), QStringLiteral("学校类型"),
                             QStringLiteral("参与试点证书及等级"), QStringLiteral("参与试点专业数量"),
                             QStringLiteral("参与试点专业名称"), QStringLiteral("参与试点学生规模"), QStringLiteral("备注")};
    for (int c = 0; c < labels.size(); ++c)
        grid.set(2, c, textCell(labels[c]));
    const QStringList values{QStringLiteral("1"), QStringLiteral("四川建筑职业技术学院"), QStringLiteral("高职"),
                             QStringLiteral("物流管理（初级）"), QStringLiteral("1"), QStringLiteral("物流管理"),
                             QStringLiteral("50")};
    for (int c = 0; c < values.size(); ++c)
        grid.set(3, c, textCell(values[c]));
    return SpreadsheetBook{{grid}, QDateTime(QDate(2019, 4, 20), QTime(8, 0), Qt::UTC)};
}

struct HeaderCase {
    QList<QPair<int, QString>> cells;
    QString unit, contact, phone;
};

} // namespace

TEST_CASE("报送单位 and 联系人及电话 are found however the clerk laid them out", "[forms]")
{
    const QList<HeaderCase> cases{
        {{{0, QStringLiteral("报送单位：（盖章）成都市教育局")}, {4, QStringLiteral("联系人及电话：王伟 028-86110894")}},
         QStringLiteral("成都市教育局"), QStringLiteral("王伟"), QStringLiteral("028-86110894")},
        {{{0, QStringLiteral("报送单位(盖章):")}, {2, QStringLiteral("成都市教育局")}, {4, QStringLiteral("联系人及电话:")},
          {6, QStringLiteral("王伟13812345678")}},
         QStringLiteral("成都市教育局"), QStringLiteral("王伟"), QStringLiteral("13812345678")},
        {{{0, QStringLiteral("报送单位：（盖章）")}, {4, QStringLiteral("联系人及电话：")}}, QString(), QString(), QString()},
        {{{0, QStringLiteral("报送单位：成都市教育局  联系人：王伟  电话：028-86110894")}},
         QStringLiteral("成都市教育局"), QStringLiteral("王伟"), QStringLiteral("028-86110894")},
        {{{0, QStringLiteral("报 送 单 位：（盖 章）成都市教育局")}, {3, QStringLiteral("联系人：")}, {4, QStringLiteral("王伟")},
          {5, QStringLiteral("联系电话：")}, {6, QStringLiteral("（028）86110894")}},
         QStringLiteral("成都市教育局"), QStringLiteral("王伟"), QStringLiteral("(028)86110894")},
    };
    for (const HeaderCase& c : cases) {
        INFO(c.cells.first().second.toStdString());
        Result<SourceData> read = recogniseForm(formWithHeaderRow(c.cells), QStringLiteral("f.xlsx"), Catalog::builtIn());
        REQUIRE(read.ok());
        CHECK(read->workbook.header.unit == c.unit);
        CHECK(read->workbook.header.contact == c.contact);
        CHECK(read->workbook.header.phone == c.phone);
        CHECK(read->workbook.header.fillDate == QDate(2019, 4, 20)); // no 填报日期 cell: the document's time
        CHECK(read->workbook.schools.size() == 1);
        CHECK(read->issues.isEmpty());
    }
}
