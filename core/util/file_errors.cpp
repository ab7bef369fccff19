#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace x1 {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("x1::FileErrors", text);
}

QString openErrorText(const QFileDevice& file)
{
    const QFileInfo info(file.fileName());
    if (!info.dir().exists())
        return tr("文件夹不存在");
    if (info.isDir())
        return tr("这是一个文件夹，不是文件");
    if (!info.exists())
        return (file.openMode() & QIODevice::WriteOnly) ? tr("文件夹不能写入") : tr("文件不存在");
    return tr("没有权限：文件可能是只读的，或正被其他程序打开");
}

} // namespace

QString fileErrorText(const QFileDevice& file)
{
    switch (file.error()) {
    case QFileDevice::NoError:
        return {};
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        return openErrorText(file);
    case QFileDevice::ReadError:
        return tr("读取时出错");
    case QFileDevice::WriteError:
        return tr("写入时出错，磁盘可能已满");
    case QFileDevice::ResourceError:
        return tr("磁盘空间或系统资源不足");
    case QFileDevice::RenameError:
    case QFileDevice::RemoveError:
        return tr("无法替换原有文件：它可能正被其他程序打开");
    default:
        return tr("文件操作失败（%1）").arg(file.errorString());
    }
}

} // namespace x1
