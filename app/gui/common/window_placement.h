#pragma once

class QWidget;

namespace x1::gui {

// A main window's place on its first start (no saved geometry): 1280×800 where that fits; on a
// smaller screen (a 1366×768 office laptop) the whole screen, maximised as office programs start
// there, never running under the task bar.
void placeOnFirstStart(QWidget* window);

} // namespace x1::gui
