#pragma once

#include "model/school.h"

#include <QString>

namespace x1 {

// Whether two copies of a school hold the same data, provenance and stored order aside: such
// copies are identical duplicates and fold into one when merged.
bool sameContent(const School& a, const School& b);

// A one-line account of a version of a school for the list of conflicts:
// `高职，成都市；Web前端开发（初级、中级）120人；物流管理（初级）60人`.
QString versionSummary(const School& school);

} // namespace x1
