#include "storage/edit_lock.h"

#include "storage/storage_text.h"

#include <QFileInfo>
#include <QDir>
#include <QThread>

namespace x1 {

using storage::fileError;
using storage::Text;

QString EditLock::lockPath(const QString& workbookPath)
{
    const QFileInfo info(workbookPath);
    return info.dir().filePath(QStringLiteral(".~x1lock.") + info.fileName());
}

Result<std::unique_ptr<EditLock>> EditLock::acquire(const QString& workbookPath)
{
    auto lock = std::make_unique<EditLock>(lockPath(workbookPath));
    // A lock of a program that is not running any more is stale whatever its age.
    lock->m_lock.setStaleLockTime(0);
    if (lock->m_lock.tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, application;
    if (lock->m_lock.error() == QLockFile::LockFailedError && !lock->m_lock.getLockInfo(&pid, &host, &application)) {
        // A lock file without its owner's details: either its owner is writing them this very
        // moment, or it died between creating the file and writing them (Qt never sees such a
        // file as stale). The details take microseconds to write; after a pause, it is stale.
        QThread::msleep(100);
        if (!lock->m_lock.getLockInfo(&pid, &host, &application) && lock->m_lock.removeStaleLockFile()
            && lock->m_lock.tryLock(0))
            return lock;
    }
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        return fileError(workbookPath, Text::tr("正在被另一个 x1apply 编辑（%1，进程 %2），只能只读打开")
                                           .arg(host.isEmpty() ? Text::tr("本机") : host)
                                           .arg(pid));
    }
    return fileError(workbookPath, Text::tr("所在文件夹不能写入，只能只读打开"));
}

} // namespace x1
