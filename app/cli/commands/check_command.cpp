#include "../check_options.h"
#include "document/live_checks.h"
#include "../workbook_access.h"

#include "catalog/catalog.h"
#include "i18n/language.h"
#include "rules/check_engine.h"
#include "rules/rule_book.h"

#include <utility>

namespace x1::cli {

namespace {

// JSON written by hand: one finding per line, keys in the order of CLI.md, and quick for the
// tens of thousands of findings of a province's workbook (QJsonDocument takes several times longer).
void appendJsonString(QString& out, const QString& text)
{
    out += u'"';
    qsizetype clean = 0; // text[clean, i) needs no escape: appended in one piece
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += QStringView(text).mid(clean, i - clean);
        clean = i + 1;
        switch (c) {
        case u'"': out += u"\\\""; break;
        case u'\\': out += u"\\\\"; break;
        case u'\n': out += u"\\n"; break;
        case u'\r': out += u"\\r"; break;
        case u'\t': out += u"\\t"; break;
        default: out += u"\\u%1"_qs.arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out += QStringView(text).mid(clean);
    out += u'"';
}

void appendMember(QString& out, QStringView key, const QString& value, bool first = false)
{
    if (!first)
        out += u", ";
    out += u'"';
    out += key;
    out += u"\": ";
    appendJsonString(out, value);
}

void appendFinding(QString& out, const Finding& finding)
{
    out += u"    {";
    appendMember(out, u"code", finding.code, true);
    appendMember(out, u"severity", finding.isError() ? u"error"_qs : u"warning"_qs);
    for (const auto& [key, value] : {std::pair{u"school", &finding.school}, std::pair{u"certificate", &finding.certificate},
                                     std::pair{u"major", &finding.major}, std::pair{u"field", &finding.field}}) {
        if (!value->isEmpty())
            appendMember(out, key, *value);
    }
    if (finding.isWarning()) {
        out += finding.explained ? u", \"explained\": true"_qs : u", \"explained\": false"_qs;
        if (finding.explained)
            appendMember(out, u"explanation", finding.explanation);
    }
    appendMember(out, u"message", finding.message);
    out += u'}';
}

void printJson(Context& context, const QString& path, const Workbook& workbook, const QList<Finding>& findings)
{
    const CheckSummary summary = CheckSummary::of(findings);
    QString out;
    out.reserve(256 + findings.size() * 256);
    out += u"{\n  ";
    appendMember(out, u"workbook", path, true);
    out += u",\n  ";
    appendMember(out, u"profile", workbook.header.profileId, true);
    out += u",\n  \"errors\": %1,\n  \"warnings\": %2,\n  \"unexplainedWarnings\": %3,\n  \"findings\": ["_qs
               .arg(summary.errors).arg(summary.warnings).arg(summary.unexplainedWarnings);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        out += i == 0 ? u"\n"_qs : u",\n"_qs;
        appendFinding(out, findings[i]);
    }
    out += findings.isEmpty() ? u"]\n}\n"_qs : u"\n  ]\n}\n"_qs;
    context.out << out;
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
    const QList<Finding> findings = checkWorkbook(*workbook, Catalog::builtIn(), standardCheckOptions());
    if (parser.isSet(json))
        printJson(context, path, *workbook, findings);
    else
        printList(context, findings);
    const CheckSummary summary = CheckSummary::of(findings);
    context.err << summaryLine(summary) << '\n';
    return summary.errors > 0 ? Reservations : Done;
}

} // namespace x1::cli
