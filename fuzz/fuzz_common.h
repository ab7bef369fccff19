#pragma once

// What the libFuzzer targets share: quiet Qt messages, and a per-process temporary file for the
// readers that take a path (the JSON reader, the workbook loader).

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace x1fuzz {

inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

// /tmp/fuzz16-<name>-<pid>.<suffix>: one per process, so that parallel runs (-jobs) do not meet.
inline QString tempPath(const char* name, const char* suffix)
{
    return QStringLiteral("/tmp/fuzz16-%1-%2.%3")
        .arg(QString::fromLatin1(name))
        .arg(QCoreApplication::applicationPid())
        .arg(QString::fromLatin1(suffix));
}

inline bool writeFile(const QString& path, const uint8_t* data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const qint64 written = file.write(reinterpret_cast<const char*>(data), qint64(size));
    return written == qint64(size);
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace x1fuzz
