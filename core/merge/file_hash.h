#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace x1 {

// SHA-256 of a file's bytes, in lower-case hex: the identity of a source file. Uses the
// processor's SHA instructions when it has them (a merge of 10,000 sources hashes ~300 MB,
// several seconds with QCryptographicHash), else QCryptographicHash.
Result<QString> fileSha256(const QString& path);

// The same over bytes in memory (tests compare both ways of computing it).
QByteArray sha256(const QByteArray& bytes);
bool sha256InHardware();

} // namespace x1
