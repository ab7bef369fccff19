#include "../check_options.h"
#include "../workbook_access.h"

#include "catalog/catalog.h"
#include "i18n/language.h"
#include "rules/check_engine.h"
#include "rules/rule_book.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace x1::cli {

namespace {

QJsonObject findingToJson(const Finding& finding)
{
    QJsonObject object{{u"code"_qs, finding.code},
                       {u"severity"_qs, finding.isError() ? u"error"_qs : u"warning"_qs},
                       {u"message"_qs, finding.message}};
    const auto putIfGiven = [&object](const QString& key, const QString& value) {
        if (!value.isEmpty())
            object[key] = value;
    };
    putIfGiven(u"school"_qs, finding.school);
    putIfGiven(u"certificate"_qs, finding.certificate);
    putIfGiven(u"major"_qs, finding.major);
    putIfGiven(u"field"_qs, finding.field);
    if (finding.isWarning()) {
        object[u"explained"] = finding.explained;
        putIfGiven(u"explanation"_qs, finding.explanation);
    }
    return object;
}

void printJson(Context& context, const QString& path, const Workbook& workbook, const QList<Finding>& findings)
{
    const CheckSummary summary = CheckSummary::of(findings);
    QJsonArray list;
    for (const Finding& finding : findings)
        list.append(findingToJson(finding));
    const QJsonObject root{{u"workbook"_qs, path},
                           {u"profile"_qs, workbook.header.profileId},
                           {u"errors"_qs, summary.errors},
                           {u"warnings"_qs, summary.warnings},
                           {u"unexplainedWarnings"_qs, summary.unexplainedWarnings},
                           {u"findings"_qs, list}};
    context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void printList(Context& context, const QList<Finding>& findings)
{
    for (const Finding& finding : findings) {
        context.out << finding.code << ' ' << severityLabel(finding) << "  " << finding.message << '\n';
        if (finding.explained)
            context.out << "    " << RuleBook::builtIn().term(QStringLiteral("explanationLabel"), currentLanguage())
                        << finding.explanation << '\n';
    }
}

} // namespace

int runCheck(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("以 JSON 输出"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    if (int exit = parseOptions(context, parser, commandNamed("check"), 1, 1); exit >= 0)
        return exit;

    const QString path = parser.positionalArguments().first();
    const std::optional<Workbook> workbook = openForReading(context, path);
    if (!workbook)
        return NothingDone;
    const QList<Finding> findings = checkWorkbook(*workbook, Catalog::builtIn(), checkOptionsForCli());
    if (parser.isSet(json))
        printJson(context, path, *workbook, findings);
    else
        printList(context, findings);
    const CheckSummary summary = CheckSummary::of(findings);
    context.err << summaryLine(summary) << '\n';
    return summary.errors > 0 ? Reservations : Done;
}

} // namespace x1::cli
