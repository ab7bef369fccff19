#include "sample_workbook.h"

#include "document/workbook_document.h"
#include "interchange/json_file.h"

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
    if (Result<std::unique_ptr<WorkbookDocument>> created = WorkbookDocument::create(path, *sample); !created)
        return created.error();
    return path;
}

} // namespace x1::gui
