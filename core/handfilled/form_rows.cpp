#include "handfilled/form_rows.h"

#include "catalog/catalog.h"
#include "normalize/field_values.h"
#include "handfilled/form_text.h"
#include "normalize/normalize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace x1::forms {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::FormReader)
};

// A row below the table: the numbered notes, 注：, or a signature/date line.
bool isNoteRow(const SheetGrid& grid, int row, const TableLayout& layout)
{
    QString first;
    int filled = 0;
    for (int column = 0; column <= grid.lastColumnInRow(row); ++column) {
        const QString text = compact(grid.text(row, column));
        if (text.isEmpty())
            continue;
        if (first.isEmpty())
            first = text;
        ++filled;
    }
    static const QRegularExpression footer(QStringLiteral("^(填报日期|填表日期|填表人|审核人|负责人|单位负责人|制表|报送单位)"));
    if (footer.match(first).hasMatch())
        return true;
    static const QRegularExpression note(QStringLiteral("^(注|说明|备注[:：]|\\d{1,2}[.、．）)]\\D)"));
    const int certificateColumn = layout.columnOf(Column::Certificate);
    return note.match(first).hasMatch()
           && (filled == 1 || grid.text(row, certificateColumn).trimmed().isEmpty());
}

class RowReader {
public:
    RowReader(const SheetGrid& grid, const TableLayout& layout, const QString& fileName, const Catalog& catalog)
        : m_grid(grid), m_layout(layout), m_fileName(fileName), m_catalog(catalog)
    {
    }

    FormRows read()
    {
        for (int row = m_layout.headerRow + 1; row <= m_grid.lastRow(); ++row) {
            if (isBlank(row) || isOnlyNumbered(row))
                continue; // an empty line, or one the clerk numbered in advance and left empty
            if (isNoteRow(m_grid, row, m_layout))
                break;
            if (isTotalRow(row) || isColumnNumbering(row))
                continue; // 合计: the clerk's own sums; 1 2 3 … under the header: column numbers
            if (m_result.firstRow < 0)
                m_result.firstRow = row;
            m_result.lastRow = row;
            readRow(row);
        }
        return std::move(m_result);
    }

private:
    const SheetGrid& m_grid;
    const TableLayout& m_layout;
    const QString& m_fileName;
    const Catalog& m_catalog;
    FormRows m_result;
    int m_current = -1; // index of the school the rows belong to
    QString m_currentSequence;        // its 序号, as written on the row that named it

    void issue(int row, int column, const QString& text, const QString& reason)
    {
        m_result.issues << CellIssue{m_fileName, m_grid.name, cellAddress(row, column), text, reason};
    }

    bool isTotalRow(int row) const
    {
        for (const Column role : {Column::Sequence, Column::Name}) {
            const QString text = compact(m_grid.text(row, m_layout.columnOf(role)));
            if (text == u"合计" || text == u"总计" || text == u"小计" || text == u"总数")
                return true;
        }
        return false;
    }

    bool isColumnNumbering(int row) const
    {
        int expected = 0;
        for (int column = 0; column <= m_grid.lastColumnInRow(row); ++column) {
            const QString text = compact(m_grid.text(row, column));
            if (text.isEmpty())
                continue;
            bool number = false;
            const int value = text.toInt(&number);
            if (!number || (expected > 0 && value != expected))
                return false;
            expected = value + 1;
        }
        return expected > 4; // at least 1 2 3 4 in a row: no school writes only numbers
    }

    bool isOnlyNumbered(int row) const
    {
        const int sequence = m_layout.columnOf(Column::Sequence);
        for (int column = 0; column <= m_grid.lastColumnInRow(row); ++column)
            if (column != sequence && !m_grid.text(row, column).trimmed().isEmpty())
                return false;
        return true;
    }

    bool isBlank(int row) const
    {
        for (int column = 0; column <= m_grid.lastColumnInRow(row); ++column)
            if (!m_grid.text(row, column).trimmed().isEmpty())
                return false;
        return true;
    }

    // The cleaned text of a column in this row ("" when the form has no such column).
    QString value(int row, Column role) const
    {
        const int column = m_layout.columnOf(role);
        return column < 0 ? QString() : x1::cleanCell(m_grid.text(row, column), m_catalog);
    }

    void readRow(int row)
    {
        for (int column = 0; column <= m_grid.lastColumnInRow(row); ++column) {
            const QString text = m_grid.text(row, column);
            if (!m_layout.columns.contains(column) && !text.trimmed().isEmpty())
                issue(row, column, text, Text::tr("所在列没有可识别的表头，内容无法归入任何栏目"));
            else if (const GridCell* cell = m_grid.at(row, column); cell && cell->kind == GridCell::Kind::Formula)
                issue(row, column, text,
                      Text::tr("公式没有保存计算结果（文件可能由程序生成），已按公式原文读入：请在 Excel 中打开并保存后重新导入，或直接填写数值"));
        }
        startOrContinueSchool(row);
        CertificateRow certificateRow;
        if (readCertificateRow(row, certificateRow))
            m_result.schools[m_current].rows << certificateRow;
    }

    void startOrContinueSchool(int row)
    {
        const QString name = cleanName(value(row, Column::Name), m_catalog);
        const QString typeText = value(row, Column::Type);
        const QString code = compact(value(row, Column::SchoolCode));
        if (!name.isEmpty() && (m_current < 0 || m_result.schools[m_current].name != name)) {
            m_current = -1;
            for (int i = 0; i < m_result.schools.size(); ++i)
                if (m_result.schools[i].name == name)
                    m_current = i; // the same school written again further down
            if (m_current < 0) {
                School school;
                school.name = name;
                m_result.schools << school;
                m_current = int(m_result.schools.size()) - 1;
            }
            m_currentSequence = compact(value(row, Column::Sequence));
        } else if (name.isEmpty() && !continuesSchoolAbove(row)) {
            // Rows before any school name, or a blank name that no merged cell carries down: the
            // row belongs to no school that the form names. Kept in a school without a name (E01
            // reports it), never joined to the school above without a word.
            if (m_current >= 0) {
                const int column = m_layout.columnOf(Column::Name);
                issue(row, column, m_grid.text(row, column),
                      Text::tr("序号为新的“%1”而试点院校名称为空：此行未并入上一所学校").arg(compact(value(row, Column::Sequence))));
            }
            m_result.schools << School{};
            m_current = int(m_result.schools.size()) - 1;
            m_currentSequence = compact(value(row, Column::Sequence));
        }
        School& school = m_result.schools[m_current];
        if (!code.isEmpty() && school.schoolCode.isEmpty())
            school.schoolCode = code;
        if (typeText.isEmpty())
            return;
        const QString type = canonicalSchoolType(typeText, m_catalog);
        const int column = m_layout.columnOf(Column::Type);
        if (!m_catalog.schoolTypes().contains(type) && !m_catalog.excludedSchoolTypes().contains(type))
            issue(row, column, m_grid.text(row, column), Text::tr("无法识别的学校类型"));
        if (school.type.isEmpty())
            school.type = type;
        else if (school.type != type)
            issue(row, column, m_grid.text(row, column),
                  Text::tr("与本校前面各行的学校类型（%1）不一致，已按前者").arg(school.type));
    }

    // A row with a blank name continues the school above when it gives no new 序号 of its own:
    // the name and 序号 cells merged over the school's rows, or left blank under its first row.
    // A new 序号 with a blank name is a school whose name is missing, not more rows of the one above.
    bool continuesSchoolAbove(int row) const
    {
        if (m_current < 0)
            return false;
        const QString sequence = compact(value(row, Column::Sequence));
        return sequence.isEmpty() || sequence == m_currentSequence;
    }

    bool readCertificateRow(int row, CertificateRow& out)
    {
        const QString certificateText = value(row, Column::Certificate);
        const QString levelText = value(row, Column::Levels);
        const QString countText = value(row, Column::MajorCount);
        const QString majorsText = m_layout.columnOf(Column::Majors) < 0 ? QString()
                                   : m_grid.text(row, m_layout.columnOf(Column::Majors));
        const QString studentsText = value(row, Column::Students);
        out.remark = value(row, Column::Remark);
        if (certificateText.isEmpty() && levelText.isEmpty() && countText.isEmpty()
            && cleanCell(majorsText).isEmpty() && studentsText.isEmpty() && out.remark.isEmpty())
            return false; // a line that only names the school
        readCertificate(row, certificateText, levelText, out);
        out.majors = splitMajors(majorsText, m_catalog);
        if (!countText.isEmpty()) {
            const std::optional<QString> count = parseMajorCount(countText);
            out.majorCount = count.value_or(normalizeText(countText));
            if (!count)
                issueAt(row, Column::MajorCount, Text::tr("专业数量不是整数"));
        }
        out.students = normalizeStudents(studentsText);
        if (!out.students.isEmpty() && !parseStudents(out.students))
            issueAt(row, Column::Students, Text::tr("学生规模不是整数"));
        return true;
    }

    void readCertificate(int row, const QString& certificateText, const QString& levelText, CertificateRow& out)
    {
        if (!certificateText.isEmpty()) {
            const CertificateCell cell = parseCertificateCell(certificateText, m_catalog);
            out.certificate = cell.certificate;
            out.levels = cell.levels;
            if (!cell.recognised)
                issueAt(row, Column::Certificate, Text::tr("证书名称不在首批证书目录中"));
            else if (!knownLevels(out.levels))
                issueAt(row, Column::Certificate, Text::tr("证书名称后的等级无法识别（应为初级、中级、高级）"));
        }
        if (!levelText.isEmpty()) {
            for (const QString& level : parseLevels(levelText, m_catalog))
                if (!out.levels.contains(level))
                    out.levels << level;
            if (!knownLevels(out.levels))
                issueAt(row, Column::Levels, Text::tr("等级无法识别（应为初级、中级、高级）"));
        }
    }

    bool knownLevels(const QStringList& levels) const
    {
        return std::all_of(levels.begin(), levels.end(), [&](const QString& level) { return m_catalog.levels().contains(level); });
    }

    void issueAt(int row, Column role, const QString& reason)
    {
        const int column = m_layout.columnOf(role);
        if (const GridCell* cell = m_grid.at(row, column); cell && cell->kind == GridCell::Kind::Formula)
            return; // reported once already, as a formula without a result
        issue(row, column, m_grid.text(row, column), reason);
    }
};

} // namespace

FormRows readFormRows(const SheetGrid& grid, const TableLayout& layout, const QString& fileName,
                      const Catalog& catalog)
{
    return RowReader(grid, layout, fileName, catalog).read();
}

} // namespace x1::forms
