#include "handfilled/form_reader.h"

#include "catalog/catalog.h"
#include "handfilled/form_locator.h"
#include "handfilled/form_rows.h"
#include "handfilled/form_text.h"
#include "spreadsheet/spreadsheet_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::FormReader)
};

// The profile whose title the form carries; a ministry-style 汇总表 is moe-2019, else sc-2019.
QString profileForTitle(const QString& title, const Catalog& catalog)
{
    const QString key = forms::compact(title);
    for (const FormProfile& profile : catalog.profiles())
        if (!key.isEmpty() && key.contains(forms::compact(profile.title)))
            return profile.id;
    return key.contains(u"汇总表") ? QStringLiteral("moe-2019") : QStringLiteral("sc-2019");
}

} // namespace

Result<SourceData> recogniseForm(const SpreadsheetBook& book, const QString& fileName, const Catalog& catalog,
                                 const QString& displayPath)
{
    for (const SheetGrid& grid : book.sheets) {
        const forms::TableLayout layout = forms::findTable(grid);
        if (layout.headerRow < 0)
            continue;
        forms::FormRows rows = forms::readFormRows(grid, layout, fileName, catalog);
        const forms::FormHeaderCells header =
            forms::findHeaderCells(grid, layout.headerRow, rows.firstRow, rows.lastRow);

        SourceData data;
        data.issues = std::move(rows.issues);
        if (!header.dateText.isEmpty() && !header.date.isValid())
            data.issues << CellIssue{fileName, grid.name, header.dateCell, header.dateText,
                                     Text::tr("填报日期无法识别（应如 2019年4月22日 或 2019-04-22）")};
        Header& h = data.workbook.header;
        h.profileId = profileForTitle(header.title, catalog);
        h.unit = header.unit;
        h.contact = header.contact;
        h.phone = header.phone;
        h.fillDate = header.date.isValid() ? header.date : book.modified.date();
        data.workbook.schools = std::move(rows.schools);
        // One form per file is imported; another sheet holding one is said, not dropped silently.
        for (const SheetGrid& other : book.sheets) {
            const forms::TableLayout otherLayout = &other == &grid ? forms::TableLayout{} : forms::findTable(other);
            if (otherLayout.headerRow < 0)
                continue;
            const QList<int> columns = otherLayout.columns.keys();
            data.issues << CellIssue{fileName, other.name,
                                     cellAddress(otherLayout.headerRow, *std::min_element(columns.begin(), columns.end())),
                                         other.text(otherLayout.headerRow, otherLayout.columnOf(forms::Column::Name)),
                                         Text::tr("此工作表也有申报表，未导入（只导入了工作表“%1”，请拆成单独的文件）").arg(grid.name)};
        }
        data.source.fileName = fileName;
        data.source.unit = h.unit;
        data.source.contact = h.contact;
        data.source.phone = h.phone;
        data.source.fillDate = h.fillDate;
        return data;
    }
    return Error{Text::tr("%1：没有找到申报表（任何工作表中都没有含“试点院校名称”和“参与试点证书及等级”的表头行）")
                     .arg(displayPath.isEmpty() ? fileName : displayPath)};
}

Result<SourceData> readFormFile(const QString& path)
{
    Result<SpreadsheetBook> book = readSpreadsheetFile(path);
    if (!book)
        return book.error();
    return recogniseForm(*book, QFileInfo(path).fileName(), Catalog::builtIn(), QDir::toNativeSeparators(path));
}

} // namespace x1
