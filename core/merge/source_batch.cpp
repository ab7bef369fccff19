#include "merge/source_batch.h"

#include <QDir>
#include <QThread>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace x1 {

namespace {

// A reader's message starts with the file's name; the list of refusals names it apart.
QString reasonOnly(const QString& message, const QString& path)
{
    const QString prefix = QDir::toNativeSeparators(path) + u'：';
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

} // namespace

SourceBatch readSources(const QStringList& paths, int threads, const Progress& progress)
{
    std::vector<std::optional<Result<SourceData>>> results(size_t(paths.size()));
    std::atomic<qsizetype> next{0};
    std::atomic<int> done{0};
    std::mutex reporting;
    const auto work = [&] {
        for (qsizetype i = next++; i < paths.size() && !progress.cancelled(); i = next++) {
            results[size_t(i)].emplace(readSource(paths[i]));
            const std::lock_guard<std::mutex> lock(reporting);
            progress(++done, int(paths.size()), paths[i]);
        }
    };
    const int wanted = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    const int count = int(std::min<qsizetype>(wanted, paths.size()));
    std::vector<std::thread> workers;
    for (int t = 1; t < count; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread& worker : workers)
        worker.join();

    SourceBatch batch;
    if (progress.cancelled()) {
        batch.cancelled = true;
        return batch;
    }
    for (qsizetype i = 0; i < paths.size(); ++i) {
        Result<SourceData>& result = *results[size_t(i)];
        if (!result) {
            batch.refused << RefusedSource{paths[i], reasonOnly(result.message(), paths[i])};
            continue;
        }
        batch.cellsNotUnderstood << result->issues;
        batch.read << std::move(result).value();
    }
    return batch;
}

} // namespace x1
