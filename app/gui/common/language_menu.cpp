#include "language_menu.h"

#include "common/message_box.h"
#include "i18n/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>

namespace x1::gui {

namespace {
const QString languageKey = QStringLiteral("language");
} // namespace

QString savedLanguage()
{
    return QSettings().value(languageKey).toString();
}

QMenu* createLanguageMenu(QWidget* parent)
{
    auto* menu = new QMenu(QCoreApplication::translate("x1::gui::LanguageMenu", "语言"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("zh"), QStringLiteral("中文")},
                                                      {QStringLiteral("en"), QStringLiteral("English")}};
    const QString current = currentLanguage() == Language::English ? QStringLiteral("en") : QStringLiteral("zh");
    for (const auto& [code, name] : languages) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [parent, code] {
            QSettings().setValue(languageKey, code);
            MessageBox::information(parent, QCoreApplication::translate("x1::gui::LanguageMenu", "语言"),
                                    QCoreApplication::translate("x1::gui::LanguageMenu", "重新启动 x1apply 后生效。"));
        });
    }
    return menu;
}

} // namespace x1::gui
