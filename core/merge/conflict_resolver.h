#pragma once

#include "model/workbook.h"
#include "util/result.h"

#include <QString>

namespace x1 {

// Ends a conflict (E13): of the versions of `school` (its name or 学校标识码), keeps the one
// that came from `source` (a file name or a prefix of its SHA-256, as `sources` lists them)
// and removes the others. Returns the name of the school kept; refuses, changing nothing, when
// the school has no unresolved conflict or `source` does not name exactly one of its versions.
Result<QString> resolveConflict(Workbook& workbook, const QString& school, const QString& source);

// The sources a text names: by file name, else by SHA-256 prefix (at least 4 hex digits).
QList<const Source*> sourcesNamed(const Workbook& workbook, const QString& text);

} // namespace x1
