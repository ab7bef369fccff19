#include "spreadsheet/spreadsheet_file.h"

#include "spreadsheet/xls_reader.h"
#include "spreadsheet/xlsx_reader.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxReader)
};

} // namespace

Result<SpreadsheetBook> readSpreadsheetFile(const QString& path, const ReadLimits& limits)
{
    const QString name = QDir::toNativeSeparators(path); // messages start with the path, as other readers'
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("%1：无法读取（%2）").arg(name, fileErrorText(file))};
    if (file.size() > limits.maxFileBytes)
        return Error{Text::tr("%1：文件大于 %2 MiB 的上限，拒绝读取").arg(name).arg(limits.maxFileBytes >> 20)};
    const QByteArray bytes = file.readAll();
    Result<SpreadsheetBook> book = looksLikeXls(bytes) ? readXls(bytes, name, limits)
                                   : looksLikeZip(bytes)
                                       ? readXlsx(bytes, name, limits)
                                       : Result<SpreadsheetBook>(Error{Text::tr("%1：不是 Excel 文件（既不是 .xlsx 也不是 .xls）").arg(name)});
    if (book && !book->modified.isValid())
        book->modified = QFileInfo(path).lastModified();
    return book;
}

} // namespace x1
