// The checks of one certificate row's printed cells: E04–E09.
#include "normalize/certificate_cell.h"
#include "normalize/text.h"
#include "rules/row_checks.h"


namespace x1::rules {

namespace {

void checkCertificate(RuleContext& context, const RowFacts& facts)
{
    if (facts.certificateTyped.isEmpty())
        context.add(QStringLiteral("E04"), QStringLiteral("empty"), facts.place, facts.allowedCertificates(context));
    else if (facts.certificate.isEmpty())
    {
        MessageArgs args = facts.allowedCertificates(context);
        args << qMakePair(QStringLiteral("value"), facts.certificateTyped);
        context.add(QStringLiteral("E04"), {}, facts.place, std::move(args));
    }
}

void checkLevels(RuleContext& context, const CertificateRow& row, const RowFacts& facts)
{
    bool given = false;
    QStringList invalid;
    for (const QString& level : row.levels) {
        const QString cleaned = context.cleanText(level);
        if (cleaned.isEmpty())
            continue;
        given = true;
        if (!context.catalog.levels().contains(cleaned))
            invalid << cleaned;
    }
    if (!given)
        context.add(QStringLiteral("E05"), QStringLiteral("empty"), facts.place);
    else if (!invalid.isEmpty())
        context.add(QStringLiteral("E05"), {}, facts.place, {{QStringLiteral("value"), context.joinList(invalid)}});
}

void checkMajors(RuleContext& context, const CertificateRow& row, const RowFacts& facts)
{
    if (facts.majors.isEmpty()) {
        context.add(QStringLiteral("E07"), {}, facts.place);
        return;
    }
    QString count = context.cleanText(row.majorCount);
    if (count.isEmpty())
        return;
    QString digits = count;
    digits.remove(u' ');
    if (digits.endsWith(u'个'))
        digits.chop(1);
    const std::optional<int> given = parseStudents(digits);
    if (!given || *given != facts.majors.size())
        context.add(QStringLiteral("E06"), {}, facts.place,
                    {{QStringLiteral("value"), count}, {QStringLiteral("count"), QString::number(facts.majors.size())}});
}

void checkStudents(RuleContext& context, const CertificateRow& row, const RowFacts& facts)
{
    const QString students = context.cleanText(row.students);
    if (students.isEmpty()) {
        context.add(QStringLiteral("E08"), QStringLiteral("empty"), facts.place);
        return;
    }
    const std::optional<int> count = parseStudents(students);
    if (!count || *count <= 0)
        context.add(QStringLiteral("E08"), {}, facts.place, {{QStringLiteral("value"), students}});
}

} // namespace

MessageArgs RowFacts::allowedCertificates(const RuleContext& context) const
{
    QStringList names;
    for (const CertificateInfo& info : context.catalog.certificates())
        names << info.name;
    return {{QStringLiteral("allowed"), context.joinList(names)}};
}

RowFacts RowFacts::of(const RuleContext& context, int schoolIndex, int rowIndex)
{
    const CertificateRow& row = context.workbook.schools[schoolIndex].rows[rowIndex];
    RowFacts facts;
    facts.certificateTyped = context.cleanName(row.certificate);
    facts.certificate = context.catalog.certificate(row.certificate) ? row.certificate
                                                                     : canonicalCertificate(row.certificate, context.catalog);
    facts.place = {schoolIndex, rowIndex, facts.certificate.isEmpty() ? facts.certificateTyped : facts.certificate, {}};
    for (const QString& major : row.majors) {
        const QString cleaned = context.cleanName(major);
        if (!cleaned.isEmpty() && !facts.majors.contains(cleaned))
            facts.majors << cleaned;
    }
    return facts;
}

void checkRows(RuleContext& context, int schoolIndex)
{
    const School& school = context.workbook.schools[schoolIndex];
    QStringList seenCertificates; // a school has a handful of rows: a list beats a hash
    for (int rowIndex = 0; rowIndex < school.rows.size(); ++rowIndex) {
        const CertificateRow& row = school.rows[rowIndex];
        const RowFacts facts = RowFacts::of(context, schoolIndex, rowIndex);
        checkCertificate(context, facts);
        checkLevels(context, row, facts);
        checkMajors(context, row, facts);
        checkStudents(context, row, facts);
        const QString key = facts.certificate.isEmpty() ? schoolNameKey(facts.certificateTyped) : facts.certificate;
        if (!key.isEmpty()) {
            if (seenCertificates.contains(key))
                context.add(QStringLiteral("E09"), {}, facts.place);
            else
                seenCertificates << key;
        }
        checkEvidence(context, row, facts);
    }
}

} // namespace x1::rules
