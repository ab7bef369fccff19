// Nothing a clerk typed into a form's table is lost on import without a word: every non-empty
// cell below the header ends up in a field of the imported workbook or in the list of cells not
// understood. The test walks every form of the corpus, reading the sheet itself beside the import.
#include "support/catch.h"
#include "support/test_files.h"

#include "handfilled/form_locator.h"
#include "handfilled/form_text.h"
#include "merge/source_reader.h"
#include "normalize/certificate_cell.h"
#include "normalize/field_values.h"
#include "normalize/school_fields.h"
#include "normalize/text.h"
#include "spreadsheet/spreadsheet_file.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace x1;
using namespace x1::test;
using forms::Column;

namespace {

// Every value the import produced, by the column it would come from.
struct Imported {
    QSet<QString> names, types, codes, certificates, levels, majors, counts, students, remarks;

    explicit Imported(const Workbook& workbook)
    {
        for (const School& school : workbook.schools) {
            names << school.name;
            types << school.type;
            codes << school.schoolCode;
            for (const CertificateRow& row : school.rows) {
                certificates << row.certificate;
                for (const QString& level : row.levels)
                    levels << level;
                for (const QString& major : row.majors)
                    majors << major;
                counts << row.printedMajorCount();
                students << row.students;
                remarks << row.remark;
            }
        }
    }

    // Whether the cell's text, read as its column is read, is among the imported values.
    bool holds(Column column, const QString& text) const
    {
        switch (column) {
        case Column::Sequence: return true; // the school's number: what it says is where a school starts
        case Column::Name: return names.contains(cleanName(text));
        case Column::SchoolCode: return codes.contains(forms::compact(cleanCell(text)));
        case Column::Type: return types.contains(canonicalSchoolType(text));
        case Column::Certificate: {
            const CertificateCell cell = parseCertificateCell(text);
            return certificates.contains(cell.certificate)
                && std::all_of(cell.levels.begin(), cell.levels.end(), [&](const QString& l) { return levels.contains(l); });
        }
        case Column::Levels: {
            const QStringList parsed = parseLevels(text);
            return std::all_of(parsed.begin(), parsed.end(), [&](const QString& l) { return levels.contains(l); });
        }
        case Column::MajorCount: return counts.contains(parseMajorCount(text).value_or(normalizeText(text)));
        case Column::Majors: {
            const QStringList split = splitMajors(text);
            return std::all_of(split.begin(), split.end(), [&](const QString& m) { return majors.contains(m); });
        }
        case Column::Students: return students.contains(normalizeStudents(text));
        case Column::Remark: return remarks.contains(cleanCell(text));
        }
        return false;
    }
};

// Rows the reader sets aside on purpose, with what they are (docs/excel-import.md): the clerk's
// 合计, the column numbers under the header, and the notes and signatures below the table.
bool isSetAside(const SheetGrid& grid, int row)
{
    QStringList texts;
    for (int column = 0; column <= grid.lastColumnInRow(row); ++column) {
        const QString text = forms::compact(grid.text(row, column));
        if (!text.isEmpty())
            texts << text;
    }
    if (texts.isEmpty())
        return true;
    static const QStringList totals = {u"合计"_qs, u"总计"_qs, u"小计"_qs, u"总数"_qs};
    if (std::any_of(texts.begin(), texts.end(), [](const QString& t) { return totals.contains(t); }))
        return true;
    bool numbers = texts.size() > 4;
    for (int i = 0; numbers && i < texts.size(); ++i)
        numbers = texts[i] == QString::number(i + 1);
    if (numbers)
        return true;
    static const QRegularExpression notes(u"^(注|说明|备注[:：]|\\d{1,2}[.、．）)]\\D|填报日期|填表日期|填表人|审核人|负责人|单位负责人|制表|报送单位)"_qs);
    return notes.match(texts.first()).hasMatch();
}

} // namespace

TEST_CASE("every non-empty cell of every corpus form's table ends up in a field or among the cells not understood", "[forms][dropped]")
{
    const QDir corpus(dataFile(u"forms"_qs));
    int walked = 0;
    for (const QString& name : corpus.entryList({u"*.xlsx"_qs, u"*.xls"_qs}, QDir::Files, QDir::Name)) {
        const QString path = corpus.filePath(name);
        const Result<SourceData> read = readSource(path);
        const Result<SpreadsheetBook> book = readSpreadsheetFile(path);
        if (!read || !book)
            continue; // refused as a whole, by name and reason (the bad-input corpus checks how)
        const Imported imported(read->workbook);
        QSet<QString> listed;
        for (const CellIssue& issue : read->issues)
            listed << issue.sheet + u'!' + issue.cell;
        for (const SheetGrid& grid : book->sheets) {
            const forms::TableLayout layout = forms::findTable(grid);
            if (layout.headerRow < 0)
                continue;
            // A second sheet holding a form is reported as a whole (not imported): its cells are in
            // that one finding.
            if (std::any_of(read->issues.begin(), read->issues.end(),
                            [&](const CellIssue& issue) { return issue.sheet == grid.name && issue.reason.contains(u"此工作表也有申报表"); }))
                continue;
            for (int row = layout.headerRow + 1; row <= grid.lastRow(); ++row) {
                if (isSetAside(grid, row))
                    continue;
                for (int column = 0; column <= grid.lastColumnInRow(row); ++column) {
                    const QString text = grid.text(row, column);
                    if (cleanCell(text).isEmpty())
                        continue;
                    const QString address = grid.name + u'!' + cellAddress(row, column);
                    const bool inField = layout.columns.contains(column) && imported.holds(layout.columns.value(column), text);
                    INFO(name.toStdString() << " " << address.toStdString() << " “" << text.toStdString() << "”");
                    CHECK((inField || listed.contains(address)));
                    ++walked;
                }
            }
        }
    }
    CHECK(walked > 300);
}
