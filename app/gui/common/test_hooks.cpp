#include "test_hooks.h"

#include "main_window.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>

namespace x1::gui {

namespace {

void say(const char* line)
{
    std::fputs(line, stdout);
    std::fflush(stdout);
}

// Waits for the window's first paint event. The window and its children are painted in one pass
// before the picture is shown: what was posted during the pass runs once it is on the screen.
class FirstPaint : public QObject {
public:
    FirstPaint(QWidget* window, bool quit) : QObject(window), m_quit(quit) { window->installEventFilter(this); }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, QCoreApplication::instance(), [quit = m_quit] {
                say("painted\n");
                if (quit)
                    QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_quit;
};

} // namespace

void typeForTest(MainWindow& window, const QString& edit)
{
    const qsizetype equals = edit.indexOf(u'=');
    auto* field = window.findChild<QLineEdit*>(edit.left(equals) + QStringLiteral("Edit"));
    if (!field || equals < 0 || !window.document()) {
        std::fputs("no such field\n", stderr);
        return;
    }
    field->setFocus();
    field->selectAll();
    field->insert(edit.mid(equals + 1));
    say("edited\n");
}

void reportFirstPaint(MainWindow& window, const QString& action)
{
    new FirstPaint(&window, action == u"quit");
}

} // namespace x1::gui
