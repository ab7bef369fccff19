#pragma once

#include "rules/check_engine.h"
#include "rules/finding.h"

#include <QString>

namespace x1::cli {

// "错误 2 个，警告 5 个（未说明 3 个）": the summary line of `check` on stderr.
QString summaryLine(const CheckSummary& summary);
// 错误 / 警告 (error / warning).
QString severityLabel(const Finding& finding);

} // namespace x1::cli
