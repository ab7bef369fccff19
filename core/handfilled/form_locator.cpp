#include "handfilled/form_locator.h"

#include "normalize/field_values.h"

#include "handfilled/form_text.h"
#include "normalize/normalize.h"

#include <QRegularExpression>

#include <algorithm>

namespace x1::forms {

namespace {

bool columnOfLabel(const QString& label, Column& role)
{
    const auto has = [&](const char16_t* word) { return label.contains(QStringView(word)); };
    if (has(u"序号"))
        role = Column::Sequence;
    else if (has(u"标识码") || has(u"学校代码"))
        role = Column::SchoolCode;
    else if (has(u"类型"))
        role = Column::Type;
    else if (has(u"院校名称") || has(u"学校名称") || label == u"试点院校" || label == u"院校" || label == u"学校")
        role = Column::Name;
    else if (has(u"证书"))
        role = Column::Certificate;
    else if (has(u"等级"))
        role = Column::Levels;
    else if (has(u"专业数"))
        role = Column::MajorCount;
    else if (has(u"专业"))
        role = Column::Majors;
    else if (has(u"学生") || has(u"规模") || has(u"人数"))
        role = Column::Students;
    else if (has(u"备注"))
        role = Column::Remark;
    else
        return false;
    return true;
}

bool isFieldLabel(const QString& label)
{
    return label.contains(u"报送单位") || label.contains(u"联系人") || label.contains(u"电话")
           || label.contains(u"填报日期") || label.contains(u"填表日期");
}

// The value of a labelled field: the rest of the label's cell, else the next non-empty cell to
// the right unless that is another label.
QString fieldValue(const SheetGrid& grid, int row, int column, const QString& rest)
{
    if (!rest.isEmpty())
        return rest;
    for (int c = column + 1; c <= grid.lastColumnInRow(row); ++c) {
        const QString text = grid.text(row, c);
        if (text.trimmed().isEmpty())
            continue;
        return isFieldLabel(compact(text)) ? QString() : textAfterLabel(text, QString());
    }
    return {};
}

void readDate(const SheetGrid& grid, int row, int column, const QString& text, const QString& label,
              FormHeaderCells& cells)
{
    if (!(label.contains(u"填报日期") || label.contains(u"填表日期")) || !cells.dateCell.isEmpty())
        return;
    const QString word = label.contains(u"填报日期") ? QStringLiteral("填报日期") : QStringLiteral("填表日期");
    QString rest = textAfterLabel(text, word);
    int dateColumn = column;
    for (int c = column + 1; c <= grid.lastColumnInRow(row) && rest.isEmpty(); ++c)
        if (const GridCell* cell = grid.at(row, c)) {
            rest = cell->text;
            dateColumn = c;
        }
    const GridCell* cell = grid.at(row, dateColumn);
    cells.dateCell = cellAddress(row, dateColumn);
    cells.dateText = rest;
    cells.date = (cell && cell->kind == GridCell::Kind::Date && dateColumn != column) ? cell->date : x1::parseDate(rest);
}

// A header on two rows: `参与试点证书及等级` merged over two columns, `证书` | `等级` below it. The
// row under the header counts as part of it when each of its cells is a column label.
void addSubHeader(const SheetGrid& grid, TableLayout& layout)
{
    const int row = layout.headerRow + 1;
    QHash<int, Column> found;
    for (int column = 0; column <= grid.lastColumnInRow(row); ++column) {
        const QString label = compact(grid.text(row, column));
        Column role;
        if (label.isEmpty())
            continue;
        if (label.size() > 20 || !columnOfLabel(label, role))
            return;
        found.insert(column, role);
    }
    if (found.isEmpty())
        return;
    for (auto it = found.begin(); it != found.end(); ++it) {
        layout.columns.remove(layout.columnOf(it.value()));
        layout.columns.insert(it.key(), it.value());
    }
    layout.headerRow = row;
}

} // namespace

TableLayout findTable(const SheetGrid& grid)
{
    for (int row = 0; row <= std::min(grid.lastRow(), 59); ++row) {
        TableLayout layout;
        for (int column = 0; column <= grid.lastColumnInRow(row); ++column) {
            const QString label = compact(grid.text(row, column));
            Column role;
            if (!label.isEmpty() && label.size() <= 20 && columnOfLabel(label, role) && layout.columnOf(role) < 0)
                layout.columns.insert(column, role);
        }
        if (layout.columns.size() >= 4 && layout.columnOf(Column::Name) >= 0
            && layout.columnOf(Column::Certificate) >= 0) {
            layout.headerRow = row;
            addSubHeader(grid, layout);
            return layout;
        }
    }
    return {};
}

namespace {

void readTitle(const QString& text, const QString& label, FormHeaderCells& cells)
{
    if (!cells.title.isEmpty() || !(label.contains(u"申报表") || label.contains(u"汇总表")))
        return;
    static const QRegularExpression attachment(QStringLiteral("^附件\\s*\\d*\\s*[:：]?\\s*"));
    cells.title = cleanLabelText(text).remove(attachment);
}

// 报送单位, 联系人及电话 (or 联系人 and 电话 apart); 报送单位 and 联系人 may share one cell.
void readUnitAndContact(const SheetGrid& grid, int row, int column, const QString& text, const QString& label,
                        FormHeaderCells& cells)
{
    const qsizetype contactAt = text.indexOf(QStringLiteral("联系人"));
    if (label.contains(u"报送单位") && cells.unit.isEmpty()) {
        const QString unitPart = contactAt > 0 ? text.left(contactAt) : text;
        cells.unit = cleanName(fieldValue(grid, row, column, textAfterLabel(unitPart, QStringLiteral("报送单位"))));
    }
    if (contactAt >= 0 && cells.contactText.isEmpty()) {
        const QString contactPart = text.mid(contactAt);
        const QString contactLabel = compact(contactPart);
        QString word = QStringLiteral("联系人");
        for (const QString& longer : {QStringLiteral("联系人及联系电话"), QStringLiteral("联系人及电话"), QStringLiteral("联系人和电话")})
            if (contactLabel.startsWith(longer)) {
                word = longer;
                break;
            }
        cells.contactText = fieldValue(grid, row, column, textAfterLabel(contactPart, word));
        const ContactCell contact = splitContactCell(cells.contactText);
        cells.contact = contact.name;
        if (!contact.phone.isEmpty() || cells.phone.isEmpty())
            cells.phone = contact.phone;
    } else if (contactAt < 0 && label.contains(u"电话") && cells.phone.isEmpty()) {
        const QString word = label.contains(u"联系电话") ? QStringLiteral("联系电话") : QStringLiteral("电话");
        cells.phone = normalizePhone(fieldValue(grid, row, column, textAfterLabel(text, word)));
    }
}

} // namespace

FormHeaderCells findHeaderCells(const SheetGrid& grid, int headerRow, int firstDataRow, int lastDataRow)
{
    FormHeaderCells cells;
    for (int row = 0; row <= grid.lastRow(); ++row) {
        if (row == headerRow || (row >= firstDataRow && row <= lastDataRow))
            continue;
        for (int column = 0; column <= grid.lastColumnInRow(row); ++column) {
            const QString text = grid.text(row, column);
            if (text.isEmpty())
                continue;
            const QString label = compact(text);
            // Below the table only the date: the notes mention 报送单位 too.
            if (row < headerRow) {
                readTitle(text, label, cells);
                readUnitAndContact(grid, row, column, text, label, cells);
            }
            readDate(grid, row, column, text, label, cells);
        }
    }
    return cells;
}

} // namespace x1::forms
