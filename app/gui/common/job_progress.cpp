#include "job_progress.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QProgressDialog>

namespace x1::gui {

QProgressDialog* openJobProgress(QWidget* parent, const QString& objectName, const QString& title,
                                 const QString& label, int maximum)
{
    auto* progress = new QProgressDialog(label, QCoreApplication::translate("x1::gui::JobProgress", "取消"), 0, maximum, parent);
    progress->setObjectName(objectName);
    progress->setWindowTitle(title);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    return progress;
}

Progress queuedProgress(QObject* receiver, std::function<void(int done, int total, const QString& file)> onReport,
                        const std::atomic_bool* cancel)
{
    Progress progress;
    progress.cancel = cancel;
    progress.report = [receiver, onReport = std::move(onReport)](int done, int total, const QString& file) {
        QMetaObject::invokeMethod(receiver, [onReport, done, total, file] { onReport(done, total, file); },
                                  Qt::QueuedConnection);
    };
    return progress;
}

} // namespace x1::gui
