#include "i18n/language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace x1 {

namespace {
Language g_language = Language::Chinese;
}

Language languageFrom(const QString& option)
{
    const QString value = option.isEmpty() ? qEnvironmentVariable("X1APPLY_LANG") : option;
    return value.startsWith(u"en", Qt::CaseInsensitive) ? Language::English : Language::Chinese;
}

void useLanguage(Language language)
{
    static QTranslator* translator = nullptr;
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    g_language = language;
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
