#pragma once

#include "util/result.h"
#include "spreadsheet/read_limits.h"

#include <QByteArray>
#include <QString>

typedef struct zip zip_t;

namespace x1 {

// A read-only view of an .xlsx zip archive held in memory (the file is read once and never
// written), with every entry read under the limits of ReadLimits.
class XlsxArchive {
public:
    XlsxArchive() = default;
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive&) = delete;
    XlsxArchive& operator=(const XlsxArchive&) = delete;

    // Opens `bytes` (the whole file); `displayName` is used in messages.
    Status open(QByteArray bytes, const QString& displayName, const ReadLimits& limits);
    bool contains(const QString& entryName) const;
    // Reads one entry; an entry larger than the limits (declared or real) is refused.
    Result<QByteArray> read(const QString& entryName);

private:
    QByteArray m_bytes;
    zip_t* m_zip = nullptr;
    QString m_displayName;
    ReadLimits m_limits;
    qint64 m_bytesRead = 0;
};

} // namespace x1
