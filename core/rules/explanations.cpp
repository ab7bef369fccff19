#include "rules/explanations.h"

#include "rules/rule_book.h"

namespace x1 {

int explanationLength(const QString& text)
{
    int length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i; // one character outside the BMP
        else if (c.isSpace())
            continue;
        ++length;
    }
    return length;
}

bool isAcceptableExplanation(const QString& text, const RuleBook& rules)
{
    return explanationLength(text) >= rules.explanationMinLength();
}

void attachExplanations(QList<Finding>& findings, const QMap<QString, QString>& explanations, const RuleBook& rules)
{
    if (explanations.isEmpty())
        return;
    for (Finding& finding : findings) {
        if (!finding.isWarning())
            continue;
        const auto it = explanations.find(finding.identity().key());
        if (it != explanations.end() && isAcceptableExplanation(*it, rules)) {
            finding.explained = true;
            finding.explanation = *it;
        }
    }
}

void setExplanation(Workbook& workbook, const FindingIdentity& identity, const QString& text)
{
    if (text.trimmed().isEmpty())
        workbook.explanations.remove(identity.key());
    else
        workbook.explanations.insert(identity.key(), text.trimmed());
}

} // namespace x1
