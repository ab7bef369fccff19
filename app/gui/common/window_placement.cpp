#include "window_placement.h"

#include <QScreen>
#include <QWidget>

namespace x1::gui {

void placeOnFirstStart(QWidget* window)
{
    const QRect available = window->screen()->availableGeometry();
    const QSize preferred(1280, 800);
    const QSize frame(16, 40); // a title bar and borders, about
    if (available.width() >= preferred.width() + frame.width() && available.height() >= preferred.height() + frame.height()) {
        window->resize(preferred);
        return;
    }
    window->move(available.topLeft());
    window->resize(available.size() - frame);
    window->setWindowState(Qt::WindowMaximized);
}

} // namespace x1::gui
