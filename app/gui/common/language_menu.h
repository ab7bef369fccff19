#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace x1::gui {

// 视图 ▸ 语言: 中文 / English, remembered in QSettings; it takes effect at the next start.
QMenu* createLanguageMenu(QWidget* parent);

// The language chosen in the menu ("zh", "en"), empty when never chosen.
QString savedLanguage();

} // namespace x1::gui
