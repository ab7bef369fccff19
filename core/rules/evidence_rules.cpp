// The conditions of the notice for one row: E12, W01, W02, W03, W04, W06, W10.
#include "rules/row_checks.h"

#include <algorithm>

namespace x1::rules {

namespace {

QString num(int value)
{
    return QString::number(value);
}

const MajorEnrolment* enrolmentOf(const RowEvidence& evidence, const QString& major, const RuleContext& context)
{
    for (const MajorEnrolment& entry : evidence.enrolment) {
        if (entry.major == major)
            return &entry;
    }
    for (const MajorEnrolment& entry : evidence.enrolment) {
        if (context.cleanName(entry.major) == major)
            return &entry;
    }
    return nullptr;
}

bool servesMajor(const QStringList& served, const QString& major, const Catalog& catalog)
{
    if (served.contains(major))
        return true;
    // A 2019 name and its 2021 successor are the same major.
    const QString renamed = catalog.renamed2021().value(major);
    if (!renamed.isEmpty() && served.contains(renamed))
        return true;
    const QString original = catalog.renamed2021().key(major);
    return !original.isEmpty() && served.contains(original);
}

void checkMajorsServed(RuleContext& context, const RowFacts& facts)
{
    const CertificateInfo* info = context.catalog.certificate(facts.certificate);
    const QString level = context.schoolLevel(facts.place.school);
    if (!info || level.isEmpty())
        return;
    const QStringList served = info->majorsByLevel.value(level);
    if (served.isEmpty())
        return; // no list for this level: nothing to compare with
    for (const QString& major : facts.majors) {
        if (servesMajor(served, major, context.catalog))
            continue;
        RuleContext::Place place = facts.place;
        place.major = major;
        context.add(QStringLiteral("W01"), {}, place, {{QStringLiteral("level"), level}}, QStringLiteral("majors"));
    }
}

void checkEnrolment(RuleContext& context, const CertificateRow& row, const RowFacts& facts)
{
    const int firstYear = (context.profile ? context.profile->applicationYear : 2019) - 3;
    for (const QString& major : facts.majors) {
        const MajorEnrolment* entry = enrolmentOf(row.evidence, major, context);
        if (!entry)
            continue;
        QStringList gaps;
        for (int k = 0; k < 3; ++k) {
            if (entry->enrolled[k] && *entry->enrolled[k] <= 0)
                gaps << context.term(QStringLiteral("yearEnrolment"),
                                     {{QStringLiteral("year"), num(firstYear + k)}, {QStringLiteral("count"), num(*entry->enrolled[k])}});
        }
        if (gaps.isEmpty())
            continue;
        RuleContext::Place place = facts.place;
        place.major = major;
        context.add(QStringLiteral("W02"), {}, place, {{QStringLiteral("years"), context.joinList(gaps)}});
    }
}

MessageArgs teamArgs(const RowEvidence& evidence)
{
    MessageArgs args;
    if (evidence.teamSize)
        args << qMakePair(QStringLiteral("team"), num(*evidence.teamSize));
    if (evidence.dualQualified)
        args << qMakePair(QStringLiteral("dual"), num(*evidence.dualQualified));
    if (evidence.industryExperts)
        args << qMakePair(QStringLiteral("experts"), num(*evidence.industryExperts));
    return args;
}

// E12. Returns whether the team's figures can be compared (no contradiction, a team of one or more).
bool checkTeamConsistent(RuleContext& context, const RowEvidence& evidence, const RowFacts& facts)
{
    const std::optional<int> team = evidence.teamSize, dual = evidence.dualQualified, experts = evidence.industryExperts;
    if (team.value_or(0) < 0 || dual.value_or(0) < 0 || experts.value_or(0) < 0) {
        context.add(QStringLiteral("E12"), QStringLiteral("negative"), facts.place, teamArgs(evidence));
        return false;
    }
    if (!team)
        return false;
    bool consistent = true;
    if (dual && *dual > *team) {
        context.add(QStringLiteral("E12"), QStringLiteral("dual"), facts.place, teamArgs(evidence));
        consistent = false;
    }
    if (experts && *experts > *team) {
        context.add(QStringLiteral("E12"), {}, facts.place, teamArgs(evidence));
        consistent = false;
    }
    return consistent && *team > 0;
}

// W03 and W04: exactly at the threshold passes (5 of 10 双师型 is enough).
void checkTeamShares(RuleContext& context, const RowEvidence& evidence, const RowFacts& facts)
{
    const int team = *evidence.teamSize;
    const auto shareCheck = [&](const QString& code, std::optional<int> count, double threshold) {
        if (!count)
            return;
        const double share = double(*count) / team;
        if (share < threshold - 1e-9) { // the epsilon absorbs rounding, never a real shortfall
            MessageArgs args = teamArgs(evidence);
            args << qMakePair(QStringLiteral("share"), context.percent(share))
                 << qMakePair(QStringLiteral("threshold"), context.percent(threshold));
            context.add(code, {}, facts.place, std::move(args));
        }
    };
    shareCheck(QStringLiteral("W03"), evidence.dualQualified, context.book.dualQualifiedMinShare());
    shareCheck(QStringLiteral("W04"), evidence.industryExperts, context.book.industryExpertMinShare());
}

void checkEvidenceEntered(RuleContext& context, const RowEvidence& evidence, const RowFacts& facts)
{
    QStringList missing;
    QStringList majorsWithout;
    for (const QString& major : facts.majors) {
        const MajorEnrolment* entry = enrolmentOf(evidence, major, context);
        if (!entry || std::any_of(entry->enrolled.begin(), entry->enrolled.end(), [](const auto& y) { return !y; }))
            majorsWithout << major;
    }
    if (!majorsWithout.isEmpty())
        missing << context.term(QStringLiteral("enrolment"), {{QStringLiteral("majors"), context.joinList(majorsWithout)}});
    const auto need = [&](bool entered, const char* term) {
        if (!entered)
            missing << context.term(QString::fromLatin1(term));
    };
    need(evidence.trainingExperience.entered(), "trainingExperience");
    need(evidence.teachingResources.entered(), "teachingResources");
    need(evidence.teamSize.has_value(), "teamSize");
    need(evidence.dualQualified.has_value(), "dualQualified");
    need(evidence.industryExperts.has_value(), "industryExperts");
    need(evidence.facilities.entered(), "facilities");
    need(evidence.management.entered(), "management");
    if (!missing.isEmpty())
        context.add(QStringLiteral("W06"), {}, facts.place, {{QStringLiteral("missing"), context.joinList(missing)}});
}

void checkAnsweredNo(RuleContext& context, const RowEvidence& evidence, const RowFacts& facts)
{
    QStringList no;
    const auto answeredNo = [&](const YesNo& condition, const char* term) {
        if (condition.answer == false)
            no << context.term(QString::fromLatin1(term));
    };
    answeredNo(evidence.trainingExperience, "trainingExperience");
    answeredNo(evidence.teachingResources, "teachingResources");
    answeredNo(evidence.facilities, "facilities");
    answeredNo(evidence.management, "management");
    if (!no.isEmpty())
        context.add(QStringLiteral("W10"), {}, facts.place, {{QStringLiteral("conditions"), context.joinList(no)}});
}

} // namespace

void checkEvidence(RuleContext& context, const CertificateRow& row, const RowFacts& facts)
{
    // In the order of the codes: E12, W01, W02, W03, W04, W06, W10.
    const bool comparable = checkTeamConsistent(context, row.evidence, facts);
    checkMajorsServed(context, facts);
    checkEnrolment(context, row, facts);
    if (comparable)
        checkTeamShares(context, row.evidence, facts);
    checkEvidenceEntered(context, row.evidence, facts);
    checkAnsweredNo(context, row.evidence, facts);
}

} // namespace x1::rules
