#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace x1::gui {

// Every message box of the program goes through here, so that tests can see what would have
// been shown instead of blocking on a modal dialog.
class MessageBox {
public:
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Tests: receive the messages instead of showing them (an empty function shows them again).
    static void interceptWith(std::function<void(const QString& title, const QString& text)> interceptor);
};

} // namespace x1::gui
