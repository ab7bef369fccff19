#pragma once

#include <QIcon>

namespace x1::gui {

// The icons of a finding's severity, shared by the schools list and the findings pane.
QIcon errorIcon();
QIcon warningIcon();

} // namespace x1::gui
