#pragma once

#include "util/result.h"

#include <QString>

namespace x1::gui {

// The sample workbook in the user's data folder (示例工作簿.x1db), created from the built-in
// sample on first use. Returns its path.
Result<QString> ensureSampleWorkbook();

} // namespace x1::gui
