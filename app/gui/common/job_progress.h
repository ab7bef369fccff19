#pragma once

#include "util/progress.h"

#include <QString>

#include <atomic>
#include <functional>

class QObject;
class QProgressDialog;
class QWidget;

namespace x1::gui {

// The progress dialog of work done off the window's thread (an import, an export): modal to the
// window, shown at once, left open until the work ends; its 取消 button is connected by the caller.
QProgressDialog* openJobProgress(QWidget* parent, const QString& objectName, const QString& title,
                                 const QString& label, int maximum);

// A Progress for that work: each report reaches `receiver`'s thread as a queued call of
// `onReport`; `cancel` stops the work.
Progress queuedProgress(QObject* receiver, std::function<void(int done, int total, const QString& file)> onReport,
                        const std::atomic_bool* cancel);

} // namespace x1::gui
