#pragma once

#include "util/result.h"

#include <QString>

namespace x1 {

// SHA-256 of a file's bytes, in lower-case hex: the identity of a source file.
Result<QString> fileSha256(const QString& path);

} // namespace x1
