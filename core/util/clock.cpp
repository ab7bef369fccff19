#include "util/clock.h"

namespace x1 {

namespace {
QDateTime g_fixed;
}

QDateTime Clock::now()
{
    if (g_fixed.isValid())
        return g_fixed;
    const QString fromEnvironment = qEnvironmentVariable("X1APPLY_NOW");
    if (!fromEnvironment.isEmpty()) {
        const QDateTime time = QDateTime::fromString(fromEnvironment, Qt::ISODate);
        if (time.isValid())
            return time;
    }
    return QDateTime::currentDateTime();
}

void Clock::setFixed(const QDateTime& time)
{
    g_fixed = time;
}

} // namespace x1
