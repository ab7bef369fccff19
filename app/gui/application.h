#pragma once

class QApplication;

namespace x1::gui {

// The interface font: Microsoft YaHei UI where it exists, else a CJK font of the system.
void useInterfaceFont(QApplication& application);

// Starts the desktop program: x1apply [WORKBOOK] [--lang zh|en]. Without a workbook it shows the
// start page (新建, 打开, the sample, the recent workbooks).
int runApplication(int argc, char* argv[]);

} // namespace x1::gui
