#pragma once

#include <QIcon>

namespace x1::gui {

// The icons of a finding's severity, shared by the schools list and the findings pane.
QIcon errorIcon();
QIcon warningIcon();
// A school whose sources disagree after a merge (E13): two arrows facing each other, in purple.
QIcon conflictIcon();

} // namespace x1::gui
