#pragma once

#include <QDateTime>

namespace x1 {

// The time as the program sees it. Tests and reproducible runs fix it: through setFixed, or the
// environment variable X1APPLY_NOW (ISO 8601, e.g. 2019-04-20T09:30:00).
class Clock {
public:
    static QDateTime now();
    static QDate today() { return now().date(); }
    static void setFixed(const QDateTime& time); // an invalid time returns to the real clock
};

} // namespace x1
