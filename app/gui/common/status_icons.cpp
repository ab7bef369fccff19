#include "status_icons.h"

#include <QApplication>
#include <QStyle>

namespace x1::gui {

QIcon errorIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
}

QIcon warningIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace x1::gui
