#include "util/native_path.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace x1 {

namespace native_path {

QByteArray encodeLosslessly(const QString& path, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(path);
    if (encoder.hasError())
        return {};
    // A code page replaces what it lacks with '?' without reporting it: decode to be sure.
    QStringDecoder decoder(encoding);
    const QString back = decoder.decode(bytes);
    if (decoder.hasError() || back != path)
        return {};
    return bytes;
}

QString withLongPathPrefix(const QString& absoluteWindowsPath, int limit)
{
    if (absoluteWindowsPath.size() < limit || absoluteWindowsPath.startsWith(u"\\\\?\\"))
        return absoluteWindowsPath;
    if (absoluteWindowsPath.startsWith(u"\\\\")) // \\server\share\… → \\?\UNC\server\share\…
        return QStringLiteral("\\\\?\\UNC\\") + absoluteWindowsPath.mid(2);
    return QStringLiteral("\\\\?\\") + absoluteWindowsPath;
}

} // namespace native_path

QByteArray utf8PathForWideApi(const QString& path)
{
#ifdef Q_OS_WIN
    const QString absolute = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    return native_path::withLongPathPrefix(absolute).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

QByteArray pathForNarrowApi(const QString& path)
{
#ifdef Q_OS_WIN
    // QStringConverter::System is the ANSI code page here (UTF-8 when the manifest asks for it).
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (QByteArray bytes = native_path::encodeLosslessly(native, QStringConverter::System); !bytes.isEmpty())
        return bytes;
    // The 8.3 names are ASCII; a volume may have them switched off, and then this fails too.
    const std::wstring wide = native.toStdWString();
    const DWORD length = GetShortPathNameW(wide.c_str(), nullptr, 0);
    if (length == 0)
        return {};
    std::wstring shortName(length, L'\0');
    const DWORD written = GetShortPathNameW(wide.c_str(), shortName.data(), length);
    if (written == 0 || written >= length)
        return {};
    shortName.resize(written);
    return native_path::encodeLosslessly(QString::fromStdWString(shortName), QStringConverter::System);
#else
    const QByteArray bytes = QFile::encodeName(path);
    return QFile::decodeName(bytes) == path ? bytes : QByteArray();
#endif
}

} // namespace x1
