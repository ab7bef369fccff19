#include "application.h"

#include "main_window.h"
#include "common/language_menu.h"
#include "common/test_hooks.h"

#include "i18n/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QTimer>

namespace x1::gui {

// Fonts a Chinese Windows office PC has, then the free ones Debian ships.
void useInterfaceFont(QApplication& application)
{
    QFont font = application.font();
    font.setFamilies({QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("SimSun"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Noto Serif CJK SC")});
    application.setFont(font);
}

int runApplication(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("x1apply"));
    QApplication::setOrganizationName(QStringLiteral("x1apply"));
    useInterfaceFont(application);

    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh|en"), QStringLiteral("LANG"));
    parser.addOption(lang);
    QCommandLineOption testEdit(QStringLiteral("test-edit"), QStringLiteral("tests only"), QStringLiteral("FIELD=TEXT"));
    testEdit.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(testEdit);
    QCommandLineOption firstPaint(QStringLiteral("test-first-paint"), QStringLiteral("tests only"), QStringLiteral("print|quit"));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaint);
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), QStringLiteral(".x1db"));
    parser.process(application);
    // --lang, else X1APPLY_LANG, else the language chosen in the window's menu.
    QString language = parser.value(lang);
    if (language.isEmpty() && qEnvironmentVariableIsEmpty("X1APPLY_LANG"))
        language = savedLanguage();
    useLanguage(languageFrom(language));

    MainWindow window;
    if (parser.isSet(firstPaint))
        reportFirstPaint(window, parser.value(firstPaint));
    window.show();
    // Without a workbook the window shows its start page.
    if (const QString path = parser.positionalArguments().value(0); !path.isEmpty())
        window.openWorkbook(path);
    if (parser.isSet(testEdit))
        QTimer::singleShot(0, &window, [&window, edit = parser.value(testEdit)] { typeForTest(window, edit); });
    return application.exec();
}

} // namespace x1::gui
