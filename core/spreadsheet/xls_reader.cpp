#include "spreadsheet/xls_reader.h"

#include "util/native_path.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>

#include <freexl.h>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsReader)
};

GridCell toGridCell(const FreeXL_CellValue& value)
{
    GridCell cell;
    switch (value.type) {
    case FREEXL_CELL_INT:
        cell.kind = GridCell::Kind::Number;
        cell.text = QString::number(value.value.int_value);
        break;
    case FREEXL_CELL_DOUBLE:
        cell.kind = GridCell::Kind::Number;
        cell.text = numberText(value.value.double_value);
        break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        cell.text = QString::fromUtf8(value.value.text_value);
        break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
        cell.text = QString::fromUtf8(value.value.text_value);
        cell.date = QDate::fromString(cell.text.left(10), Qt::ISODate);
        if (cell.date.isValid()) {
            cell.kind = GridCell::Kind::Date;
            cell.text = cell.date.toString(Qt::ISODate);
        }
        break;
    case FREEXL_CELL_TIME:
        cell.text = QString::fromUtf8(value.value.text_value);
        break;
    default:
        break;
    }
    return cell;
}

// Closes the FreeXL handle on every path out.
struct Handle {
    const void* value = nullptr;
    ~Handle()
    {
        if (value)
            freexl_close(value);
    }
};

} // namespace

bool looksLikeXls(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

bool looksLikeZip(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) || bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

Result<SpreadsheetBook> readXls(const QByteArray& fileBytes, const QString& displayName, const ReadLimits& limits)
{
    if (!looksLikeXls(fileBytes))
        return Error{Text::tr("%1：不是 Excel 文件（不是 .xls 格式）").arg(displayName)};
    // FreeXL opens a `char*` path with fopen(): on Windows that is the ANSI code page, which may
    // lack characters of the user's file name. It reads an ASCII-named copy in the temporary
    // folder, whose own path is handed over in that code page (or its 8.3 form).
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/x1apply-xls-XXXXXX.xls"));
    if (!copy.open() || copy.write(fileBytes) != fileBytes.size() || !copy.flush())
        return Error{Text::tr("%1：无法建立临时副本（%2）").arg(displayName, fileErrorText(copy))};
    copy.close();
    const QByteArray copyName = pathForNarrowApi(copy.fileName());
    if (copyName.isEmpty())
        return Error{Text::tr("%1：临时文件夹 %2 的名字无法交给 .xls 读取库（请把 TEMP 设为只含英文字母的文件夹）")
                         .arg(displayName, QDir::toNativeSeparators(QDir::tempPath()))};

    Handle handle;
    if (freexl_open(copyName.constData(), &handle.value) != FREEXL_OK)
        return Error{Text::tr("%1：不是可读的 .xls 文件（已损坏、加密或格式过旧）").arg(displayName)};
    unsigned int info = 0;
    if (freexl_get_info(handle.value, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return Error{Text::tr("%1：文件设有密码，无法读取").arg(displayName)};
    unsigned int sheetCount = 0;
    freexl_get_info(handle.value, FREEXL_BIFF_SHEET_COUNT, &sheetCount);
    if (sheetCount > unsigned(limits.maxSheets))
        return Error{Text::tr("%1：工作表超过 %2 个，拒绝读取").arg(displayName).arg(limits.maxSheets)};

    SpreadsheetBook book;
    for (unsigned short index = 0; index < sheetCount; ++index) {
        SheetGrid grid;
        const char* name = nullptr;
        if (freexl_get_worksheet_name(handle.value, index, &name) == FREEXL_OK && name)
            grid.name = QString::fromUtf8(name);
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(handle.value, index) != FREEXL_OK
            || freexl_worksheet_dimensions(handle.value, &rows, &columns) != FREEXL_OK)
            return Error{Text::tr("%1：工作表 %2 无法读取").arg(displayName, grid.name)};
        for (unsigned int row = 0; row < rows; ++row) {
            for (unsigned short column = 0; column < columns; ++column) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(handle.value, row, column, &value) != FREEXL_OK)
                    continue;
                GridCell cell = toGridCell(value);
                if (cell.text.isEmpty())
                    continue;
                grid.set(int(row), int(column), std::move(cell));
                if (grid.cellCount() > limits.maxCellsPerSheet)
                    return Error{Text::tr("%1：工作表 %2 的单元格超过 %3 个，拒绝读取")
                                     .arg(displayName, grid.name).arg(limits.maxCellsPerSheet)};
            }
        }
        book.sheets << std::move(grid);
    }
    if (book.sheets.isEmpty())
        return Error{Text::tr("%1：工作簿中没有工作表").arg(displayName)};
    return book;
}

} // namespace x1
