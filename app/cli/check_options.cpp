#include "check_options.h"

#include "catalog/catalog.h"
#include "i18n/language.h"
#include "rules/rule_book.h"

namespace x1::cli {

QString summaryLine(const CheckSummary& summary)
{
    const RuleBook& rules = RuleBook::builtIn();
    if (summary.errors == 0 && summary.warnings == 0)
        return rules.term(QStringLiteral("summaryClean"), currentLanguage());
    return rules.term(QStringLiteral("summary"), currentLanguage(),
                      {{QStringLiteral("errors"), QString::number(summary.errors)},
                       {QStringLiteral("warnings"), QString::number(summary.warnings)},
                       {QStringLiteral("unexplained"), QString::number(summary.unexplainedWarnings)}});
}

QString severityLabel(const Finding& finding)
{
    return RuleBook::builtIn().term(finding.isError() ? QStringLiteral("error") : QStringLiteral("warning"),
                                    currentLanguage());
}

} // namespace x1::cli
