#include "storage/edit_lock.h"

#include "storage/storage_text.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QThread>

#include <algorithm>

namespace x1 {

using storage::fileError;
using storage::Text;

QString EditLock::lockPath(const QString& workbookPath)
{
    const QFileInfo info(workbookPath);
    return info.dir().filePath(QStringLiteral(".~x1lock.") + info.fileName());
}

namespace {

// A file a program created and died before writing into: QLockFile never judges such a file stale.
bool leftEmpty(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() == 0;
}

// The locks QLockFile takes while it removes a stale lock (".rmlock", and ".rmlock.rmlock" while
// it removes a stale one of those …), as a killed program may leave them.
QStringList removalLocks(const QString& path)
{
    const QFileInfo info(path);
    QStringList found;
    for (const QString& name : info.dir().entryList({info.fileName() + QStringLiteral(".rmlock*")}, QDir::Files | QDir::Hidden))
        found << info.dir().filePath(name);
    return found;
}

} // namespace

Result<std::unique_ptr<EditLock>> EditLock::acquire(const QString& workbookPath)
{
    const QString path = lockPath(workbookPath);
    auto lock = std::make_unique<EditLock>(path);
    // A lock of a program that is not running any more is stale whatever its age.
    lock->m_lock.setStaleLockTime(0);
    bool locked = lock->m_lock.tryLock(0);
    const QStringList removal = removalLocks(path);
    const bool removalLeftEmpty = std::any_of(removal.begin(), removal.end(), leftEmpty);
    if (!locked && lock->m_lock.error() == QLockFile::LockFailedError && (leftEmpty(path) || removalLeftEmpty)) {
        // Either its owner is writing its details this very moment, or it died between creating
        // the file and writing them. The details take microseconds to write: after a pause, a
        // file still empty is a dead program's.
        QThread::msleep(100);
        for (const QString& file : removalLocks(path))
            if (leftEmpty(file))
                QFile::remove(file);
        if (leftEmpty(path))
            lock->m_lock.removeStaleLockFile();
        locked = lock->m_lock.tryLock(0);
    }
    if (locked) {
        for (const QString& file : removalLocks(path)) // left by a program killed while it removed a stale lock
            QFile::remove(file);
        return lock;
    }
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock->m_lock.getLockInfo(&pid, &host, &application);
        return fileError(workbookPath, Text::tr("正在被另一个 x1apply 编辑（%1，进程 %2），只能只读打开")
                                           .arg(host.isEmpty() ? Text::tr("本机") : host)
                                           .arg(pid));
    }
    return fileError(workbookPath, Text::tr("所在文件夹不能写入，只能只读打开"));
}

} // namespace x1
