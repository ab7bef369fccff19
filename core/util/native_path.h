#pragma once

#include <QByteArray>
#include <QString>
#include <QStringConverter>

namespace x1 {

// How a path is handed to a C library that takes `const char*`. The libraries differ on Windows
// (docs/windows.md): some convert UTF-8 to UTF-16 and open with the wide API, others pass the
// bytes to fopen()/_open(), which read them in the ANSI code page. Everything else in x1apply
// opens files through Qt, which is Unicode on every platform.

// For a library that takes UTF-8 and opens with the wide API on Windows (SQLite). On Windows
// the path is absolute with backslashes, and a path of MAX_PATH characters or more gets the
// `\\?\` prefix that lifts the limit; elsewhere it is the path as the file system spells it.
QByteArray utf8PathForWideApi(const QString& path);

// For a library that opens a `char*` path with fopen()/_open()/stat() (FreeXL, libxlsxwriter's
// scratch folder): the path in the code page those calls use — the ANSI code page on Windows,
// the file-name encoding elsewhere — or, on Windows, its 8.3 short form when the name has
// characters that code page lacks. Empty when neither can express the path: the caller must
// then refuse, not hand over a name that opens another file or none.
QByteArray pathForNarrowApi(const QString& path);

// The pieces of the above that are plain string work, kept separate so that tests on any
// platform can check them.
namespace native_path {

// `path` in `encoding`, or empty when the encoding cannot express every character of it.
QByteArray encodeLosslessly(const QString& path, QStringConverter::Encoding encoding);

// An absolute Windows path (backslashes) with the `\\?\` or `\\?\UNC\` prefix when it is at
// least `limit` characters long (MAX_PATH counts the terminating NUL; a folder has 12 fewer).
QString withLongPathPrefix(const QString& absoluteWindowsPath, int limit = 248);

} // namespace native_path

} // namespace x1
