#pragma once

#include "i18n/language.h"
#include "rules/finding.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QVarLengthArray>

namespace x1 {

// A text in both languages of the program.
struct LocalText {
    QString zh, en;
    const QString& in(Language language) const { return language == Language::English && !en.isEmpty() ? en : zh; }
};

struct RuleInfo {
    QString code;
    Severity severity = Severity::Error;
    QString field;                       // the finding's field unless the engine names another
    LocalText title;
    QHash<QString, LocalText> messages;  // by variant; "default" always exists
};

// Values for the {placeholders} of a message (a few per message: kept off the heap).
using MessageArgs = QVarLengthArray<QPair<QString, QString>, 8>;

// The rules' codes, severities, messages and thresholds, read from resources/rules/rules.json, so
// that wording and limits change without code.
class RuleBook {
public:
    static const RuleBook& builtIn();
    static Result<RuleBook> load(const QString& path);

    const QList<RuleInfo>& rules() const { return m_rules; }
    const RuleInfo* rule(const QString& code) const;

    double dualQualifiedMinShare() const { return m_dualQualifiedMinShare; }
    double industryExpertMinShare() const { return m_industryExpertMinShare; }
    int explanationMinLength() const { return m_explanationMinLength; }

    // A term of the messages (condition names, list separator …) with its placeholders filled.
    QString term(const QString& key, Language language, const MessageArgs& args = {}) const;
    // The message of `code` in `variant` (falls back to "default") with its placeholders filled.
    QString message(const QString& code, const QString& variant, Language language, const MessageArgs& args) const;

private:
    QList<RuleInfo> m_rules;
    QHash<QString, qsizetype> m_indexByCode;
    QHash<QString, LocalText> m_terms;
    double m_dualQualifiedMinShare = 0.5;
    double m_industryExpertMinShare = 0.2;
    int m_explanationMinLength = 6;
};

// Replaces each {name} of `text` with its value in `args`; unknown names stay as they are.
QString fillPlaceholders(const QString& text, const MessageArgs& args);

} // namespace x1
