#include "../check_options.h"
#include "document/live_checks.h"
#include "../workbook_access.h"

#include "catalog/catalog.h"
#include "normalize/certificate_cell.h"
#include "normalize/text.h"
#include "rules/check_engine.h"
#include "rules/explanations.h"
#include "rules/rule_book.h"

namespace x1::cli {

namespace {

struct Target {
    QString code, school, certificate, major;
    bool hasSchool = false, hasCertificate = false, hasMajor = false;

    bool matches(const Finding& finding) const
    {
        if (finding.code != code)
            return false;
        if (hasSchool && schoolNameKey(finding.school) != schoolNameKey(school))
            return false;
        if (hasCertificate && finding.certificate != certificate)
            return false;
        return !hasMajor || finding.major == major;
    }
};

// The distinct identities of the findings `target` names, in printed order; only those not
// explained yet when `unexplainedOnly`.
QList<FindingIdentity> identitiesNamed(const QList<Finding>& findings, const Target& target, bool unexplainedOnly = false)
{
    QList<FindingIdentity> identities;
    for (const Finding& finding : findings) {
        if (target.matches(finding) && !(unexplainedOnly && finding.explained) && !identities.contains(finding.identity()))
            identities << finding.identity();
    }
    return identities;
}

QString describe(const FindingIdentity& identity)
{
    QStringList options{identity.code};
    if (!identity.school.isEmpty())
        options << QStringLiteral("--school ") + identity.school;
    if (!identity.certificate.isEmpty())
        options << QStringLiteral("--certificate ") + identity.certificate;
    if (!identity.major.isEmpty())
        options << QStringLiteral("--major ") + identity.major;
    return options.join(u' ');
}

} // namespace

int runExplain(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption school(QStringLiteral("school"), tr("学校名称"), QStringLiteral("NAME"));
    const QCommandLineOption certificate(QStringLiteral("certificate"), tr("证书"), QStringLiteral("CERT"));
    const QCommandLineOption major(QStringLiteral("major"), tr("专业"), QStringLiteral("MAJOR"));
    const QCommandLineOption text(QStringLiteral("text"), tr("说明（至少 6 个字）"), QStringLiteral("TEXT"));
    parser.addOptions({school, certificate, major, text});
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("CODE"), tr("警告代码，如 W03"));
    if (int exit = parseOptions(context, parser, commandNamed("explain"), 2, 2); exit >= 0)
        return exit;

    const QString path = parser.positionalArguments().at(0);
    Target target;
    target.code = parser.positionalArguments().at(1).trimmed().toUpper();
    const RuleBook& rules = RuleBook::builtIn();
    const RuleInfo* rule = rules.rule(target.code);
    if (!rule) {
        context.err << tr("未知的检查代码“%1”").arg(target.code) << '\n';
        return NothingDone;
    }
    if (rule->severity == Severity::Error) {
        context.err << tr("%1 是错误，不能用说明代替：请按提示修改。只有警告可以填写说明。").arg(target.code) << '\n';
        return NothingDone;
    }
    const QString explanation = normalizeText(parser.value(text));
    if (!parser.isSet(text) || !isAcceptableExplanation(explanation, rules)) {
        context.err << tr("说明太短：至少 %1 个字（不计空格），请写明原因。").arg(rules.explanationMinLength()) << '\n';
        return NothingDone;
    }
    const Catalog& catalog = Catalog::builtIn();
    target.hasSchool = parser.isSet(school);
    target.school = normalizeName(parser.value(school));
    target.hasCertificate = parser.isSet(certificate);
    const QString typedCertificate = normalizeName(parser.value(certificate));
    const QString canonical = canonicalCertificate(typedCertificate, catalog);
    target.certificate = canonical.isEmpty() ? typedCertificate : canonical;
    target.hasMajor = parser.isSet(major);
    target.major = normalizeName(parser.value(major));

    std::optional<Workbook> workbook = openForEditing(context, path);
    if (!workbook)
        return NothingDone;
    const QList<Finding> findings = checkWorkbook(*workbook, catalog, standardCheckOptions());
    // Named precisely, an explained warning can be explained again; among several, the ones still
    // to explain are meant.
    QList<FindingIdentity> identities = identitiesNamed(findings, target);
    if (identities.size() > 1) {
        if (const QList<FindingIdentity> open = identitiesNamed(findings, target, true); !open.isEmpty())
            identities = open;
    }
    if (identities.size() != 1) {
        Target sameCode;
        sameCode.code = target.code;
        QList<FindingIdentity> all = identitiesNamed(findings, sameCode, true);
        if (all.isEmpty())
            all = identitiesNamed(findings, sameCode);
        context.err << (identities.isEmpty() ? tr("工作簿中没有符合条件的 %1 警告。").arg(target.code)
                                             : tr("有 %1 个 %2 警告符合条件，请用 --school、--certificate、--major 指明是哪一个：")
                                                   .arg(identities.size()).arg(target.code))
                    << '\n';
        for (const FindingIdentity& identity : identities.isEmpty() ? all : identities)
            context.err << "  " << describe(identity) << '\n';
        return NothingDone;
    }
    setExplanation(*workbook, identities.first(), explanation);
    if (!save(context, path, *workbook))
        return NothingDone;
    context.err << tr("已记录说明：%1").arg(describe(identities.first())) << '\n';
    return Done;
}

} // namespace x1::cli
