#pragma once

#include "util/result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace x1 {

// Marks a workbook as being edited by one x1apply (the window or a console command), so that a
// second one opens it read-only instead of writing under the first one's feet. The mark is a
// small lock file beside the workbook (".~x1lock.<name>"), removed when the lock is released; one
// left by a program that died is taken over.
class EditLock {
public:
    // Refuses, naming the file, when another program holds the workbook or the folder cannot
    // hold the lock file.
    static Result<std::unique_ptr<EditLock>> acquire(const QString& workbookPath);
    static QString lockPath(const QString& workbookPath);

    explicit EditLock(const QString& lockPath) : m_lock(lockPath) {}

private:
    QLockFile m_lock;
};

} // namespace x1
