#include "util/progress.h"

#include <QCoreApplication>

namespace x1 {

QString cancelledText()
{
    return QCoreApplication::translate("x1::Progress", "已取消");
}

} // namespace x1
