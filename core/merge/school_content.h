#pragma once

#include "model/school.h"

#include <QString>

#include <optional>

namespace x1 {

// Whether two copies of a school hold the same data, provenance and stored order aside: such
// copies are identical duplicates and fold into one when merged.
bool sameContent(const School& a, const School& b);

// When two copies of a school print the same and differ only in what one of them leaves out
// (学校标识码, 隶属, 市（州）, quality tiers, a row's evidence: an Excel form has none of them),
// the copy with both filled in; nothing when they contradict each other.
std::optional<School> filledIn(const School& a, const School& b);

// How many of those details a copy gives (the fuller copy speaks for a folded school).
int detailsGiven(const School& school);

// A one-line account of a version of a school for the list of conflicts:
// `高职，成都市；Web前端开发（初级、中级）120人；物流管理（初级）60人`.
QString versionSummary(const School& school);

} // namespace x1
