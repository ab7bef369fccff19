#pragma once

#include <QString>

namespace x1 {

// The language of messages: Chinese unless English is asked for.
enum class Language { Chinese, English };

// Reads --lang's value, else the X1APPLY_LANG environment variable; Chinese by default.
Language languageFrom(const QString& option);

// Installs the translator for `language` on the running application and remembers the choice.
void useLanguage(Language language);
Language currentLanguage();

} // namespace x1
