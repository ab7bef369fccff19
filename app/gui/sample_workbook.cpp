#include "sample_workbook.h"

#include "interchange/json_file.h"
#include "storage/workbook_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace x1::gui {

Result<QString> ensureSampleWorkbook()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("x1::gui", "无法建立数据文件夹 %1").arg(QDir::toNativeSeparators(folder))};
    const QString path = QDir(folder).filePath(QStringLiteral("示例工作簿.x1db"));
    if (QFileInfo::exists(path))
        return path;
    Result<Workbook> sample = readJsonFile(QStringLiteral(":/samples/sample.json"));
    if (!sample)
        return sample.error();
    if (Status status = WorkbookFile::create(path, *sample); !status)
        return status.error();
    return path;
}

} // namespace x1::gui
