#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace x1 {

namespace {

Language g_language = Language::Chinese;

// Qt's own texts (the option parser's "Unknown option", the file dialog, 确定/取消, JSON parse
// errors) in the program's language: Qt's Chinese translations, from Qt's folder (Debian's
// qt6-translations-l10n) or from beside the program (Windows, windeployqt).
QTranslator* installQtTranslations(Language language)
{
    QLocale::setDefault(language == Language::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                       : QLocale(QLocale::Chinese, QLocale::China));
    if (language == Language::English)
        return nullptr; // Qt's texts are English already
    auto* translator = new QTranslator;
    const QString name = QStringLiteral("qtbase_zh_CN");
    if (translator->load(name, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || translator->load(name, QCoreApplication::applicationDirPath() + QStringLiteral("/translations"))) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

Language languageFrom(const QString& option)
{
    const QString value = option.isEmpty() ? qEnvironmentVariable("X1APPLY_LANG") : option;
    return value.startsWith(u"en", Qt::CaseInsensitive) ? Language::English : Language::Chinese;
}

void useLanguage(Language language)
{
    static QTranslator* translator = nullptr;
    static QTranslator* qtTranslator = nullptr;
    for (QTranslator** installed : {&translator, &qtTranslator}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete *installed;
            *installed = nullptr;
        }
    }
    g_language = language;
    qtTranslator = installQtTranslations(language);
    // The source texts are Chinese; English comes from translations/x1apply_en.ts.
    if (language == Language::English) {
        translator = new QTranslator;
        if (translator->load(QStringLiteral(":/i18n/x1apply_en.qm")))
            QCoreApplication::installTranslator(translator);
    }
}

Language currentLanguage()
{
    return g_language;
}

} // namespace x1
