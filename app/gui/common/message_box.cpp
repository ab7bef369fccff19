#include "message_box.h"

#include <QMessageBox>

namespace x1::gui {

namespace {
std::function<void(const QString&, const QString&)> g_interceptor;
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (g_interceptor) {
        g_interceptor(title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    if (g_interceptor) {
        g_interceptor(title, text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::interceptWith(std::function<void(const QString&, const QString&)> interceptor)
{
    g_interceptor = std::move(interceptor);
}

} // namespace x1::gui
