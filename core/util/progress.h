#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace x1 {

// How a long operation (import, merge, export) reports how far it is and learns that the user
// cancelled it. `report` may be called from any thread the operation uses; a cancelled operation
// stops at the next file or row block, changes nothing and writes no output file.
struct Progress {
    // (done, total, the file or part being worked on)
    std::function<void(int done, int total, const QString& current)> report;
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void operator()(int done, int total, const QString& current) const
    {
        if (report)
            report(done, total, current);
    }
};

// The reason an operation gives when it stopped because it was cancelled.
QString cancelledText();

} // namespace x1
