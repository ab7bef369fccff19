#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace x1::bench {

struct Figures {
    double min = 0, median = 0, max = 0; // milliseconds
};

// Runs `work` `runs` times after one warm-up and returns min/median/max in milliseconds.
inline Figures measure(int runs, const std::function<void()>& work)
{
    work();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.front(), times[times.size() / 2], times.back()};
}

inline void print(const char* label, const Figures& f)
{
    std::printf("%-40s min %8.1f ms  median %8.1f ms  max %8.1f ms\n", label, f.min, f.median, f.max);
}

} // namespace x1::bench
