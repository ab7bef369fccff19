#include "rules/check_engine.h"

#include "normalize/school_fields.h"
#include "normalize/text.h"
#include "rules/explanations.h"
#include "rules/rule_context.h"

#include <algorithm>

namespace x1 {

namespace rules {

RuleContext::RuleContext(const Workbook& workbook, const Catalog& catalog, const RuleBook& book, Language language,
                         QList<Finding>& out)
    : workbook(workbook)
    , catalog(catalog)
    , profile(catalog.profile(workbook.header.profileId))
    , book(book)
    , language(language)
    , unitKind(workbook.header.unitKind.isEmpty() ? catalog.inferUnitKind(workbook.header.unit)
                                                  : workbook.header.unitKind)
    , m_out(out)
{
}

void RuleContext::add(const QString& code, const QString& variant, const Place& place, MessageArgs args,
                      const QString& field)
{
    const RuleInfo* info = book.rule(code);
    Finding finding;
    finding.code = code;
    finding.severity = info ? info->severity : (code.startsWith(u'W') ? Severity::Warning : Severity::Error);
    finding.field = field.isEmpty() && info ? info->field : field;
    finding.schoolIndex = place.school;
    finding.rowIndex = place.row;
    finding.certificate = place.certificate;
    finding.major = place.major;
    if (place.school >= 0) {
        finding.school = workbook.schools[place.school].name;
        args << qMakePair(QStringLiteral("school"), schoolLabel(place.school));
    }
    args << qMakePair(QStringLiteral("certificate"), place.certificate)
         << qMakePair(QStringLiteral("major"), place.major);
    finding.message = book.message(code, variant, language, args);
    m_out << std::move(finding);
}

QString RuleContext::cleanName(const QString& text) const
{
    if (isNormalizedName(text) && !isPlaceholder(text, catalog))
        return text;
    return x1::cleanName(text, catalog);
}

QString RuleContext::cleanText(const QString& text) const
{
    if (isNormalizedText(text) && !isPlaceholder(text, catalog))
        return text;
    return cleanCell(text, catalog);
}

const QString& RuleContext::schoolType(int schoolIndex)
{
    if (m_typeOf != schoolIndex) {
        m_type = canonicalSchoolType(workbook.schools[schoolIndex].type, catalog);
        m_typeOf = schoolIndex;
    }
    return m_type;
}

const RuleContext::ConflictGroup& RuleContext::conflictGroup(int group)
{
    if (m_conflicts.isEmpty()) {
        for (const School& school : workbook.schools) {
            if (school.conflictGroup == 0)
                continue;
            ConflictGroup& versions = m_conflicts[school.conflictGroup];
            ++versions.count;
            const Source* source = workbook.sourceById(school.sourceId);
            const QString name = source ? source->fileName : QStringLiteral("—");
            if (!versions.sources.contains(name))
                versions.sources << name;
        }
    }
    return m_conflicts[group];
}

QString RuleContext::schoolLabel(int schoolIndex) const
{
    const QString& name = workbook.schools[schoolIndex].name;
    if (!cleanName(name).isEmpty())
        return name;
    return term(QStringLiteral("schoolAt"), {{QStringLiteral("index"), QString::number(schoolIndex + 1)}});
}

QString RuleContext::joinList(const QStringList& items) const
{
    return items.join(term(QStringLiteral("listSeparator")));
}

QString RuleContext::percent(double share) const
{
    // One decimal, none when it is 0: 49.9%, 50%, 60%.
    const qint64 tenths = qRound64(share * 1000);
    QString text = QString::number(tenths / 10);
    if (tenths % 10 != 0)
        text += u'.' + QString::number(tenths % 10);
    return text + u'%';
}

} // namespace rules

QList<Finding> checkWorkbook(const Workbook& workbook, const Catalog& catalog, const CheckOptions& options)
{
    const RuleBook& book = options.rules ? *options.rules : RuleBook::builtIn();
    QList<Finding> findings;
    findings.reserve(workbook.rowCount() + workbook.schools.size() + 8);
    rules::RuleContext context(workbook, catalog, book, options.language.value_or(currentLanguage()), findings);
    rules::checkHeader(context);
    rules::checkWholeWorkbook(context, options);
    for (int i = 0; i < workbook.schools.size(); ++i) {
        rules::checkSchool(context, i);
        rules::checkRows(context, i);
    }
    attachExplanations(findings, workbook.explanations, book);
    return findings;
}

QList<Finding> checkWorkbookItself(const Workbook& workbook, const Catalog& catalog, const CheckOptions& options)
{
    const RuleBook& book = options.rules ? *options.rules : RuleBook::builtIn();
    QList<Finding> findings;
    rules::RuleContext context(workbook, catalog, book, options.language.value_or(currentLanguage()), findings);
    rules::checkHeader(context);
    rules::checkWholeWorkbook(context, options);
    attachExplanations(findings, workbook.explanations, book);
    return findings;
}

QList<Finding> checkSchoolAt(const Workbook& workbook, int schoolIndex, const Catalog& catalog,
                             const CheckOptions& options)
{
    const RuleBook& book = options.rules ? *options.rules : RuleBook::builtIn();
    QList<Finding> findings;
    rules::RuleContext context(workbook, catalog, book, options.language.value_or(currentLanguage()), findings);
    rules::checkSchool(context, schoolIndex);
    rules::checkRows(context, schoolIndex);
    attachExplanations(findings, workbook.explanations, book);
    return findings;
}

bool hasErrors(const QList<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.isError(); });
}

} // namespace x1
