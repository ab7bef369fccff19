// E15 (no school), W07 (concentration on one certificate) and W09 (changed after reopening): the
// whole workbook.
#include "normalize/certificate_cell.h"
#include "rules/rule_context.h"

#include <QSet>

namespace x1::rules {

namespace {

bool isOffice(const QString& unitKind)
{
    return unitKind == u"市州教育行政部门" || unitKind == u"省级教育行政部门";
}

// A school with unresolved versions counts once, by its first version (as in stats).
bool isLaterVersion(const Workbook& workbook, int index, QSet<int>& seenGroups)
{
    const int group = workbook.schools[index].conflictGroup;
    if (group == 0)
        return false;
    if (seenGroups.contains(group))
        return true;
    seenGroups.insert(group);
    return false;
}

void checkConcentration(RuleContext& context)
{
    const Workbook& workbook = context.workbook;
    if (!context.profile || workbook.header.unit.trimmed().isEmpty() || !isOffice(context.unitKind))
        return;
    QSet<int> seenGroups;
    int schools = 0, rows = 0;
    const QList<CertificateInfo>& certificates = context.catalog.certificates();
    QList<int> rowsByCertificate(certificates.size(), 0); // by index into the catalogue
    for (int i = 0; i < workbook.schools.size(); ++i) {
        if (isLaterVersion(workbook, i, seenGroups))
            continue;
        ++schools;
        for (const CertificateRow& row : workbook.schools[i].rows) {
            ++rows;
            const CertificateInfo* known = context.catalog.certificate(row.certificate);
            if (!known)
                known = context.catalog.certificate(canonicalCertificate(row.certificate, context.catalog));
            if (known)
                ++rowsByCertificate[known - certificates.data()];
        }
    }
    if (schools < context.profile->concentrationMinSchools || rows == 0)
        return;
    const double threshold = context.profile->concentrationThreshold;
    for (int c = 0; c < certificates.size(); ++c) {
        const CertificateInfo& certificate = certificates[c];
        const int count = rowsByCertificate[c];
        const double share = double(count) / rows;
        if (share > threshold + 1e-9) {
            RuleContext::Place place;
            place.certificate = certificate.name;
            context.add(QStringLiteral("W07"), {}, place,
                        {{QStringLiteral("share"), context.percent(share)},
                         {QStringLiteral("count"), QString::number(count)},
                         {QStringLiteral("rows"), QString::number(rows)},
                         {QStringLiteral("threshold"), context.percent(threshold)}});
        }
    }
}

void checkChangedAfterReopening(RuleContext& context, const CheckOptions& options)
{
    const Finalisation& sealed = context.workbook.finalisation;
    if (!sealed.reopened || sealed.code.isEmpty())
        return;
    QString current = options.currentCode;
    if (current.isEmpty() && options.computeCurrentCode)
        current = options.computeCurrentCode(context.workbook);
    if (current.isEmpty() || current == sealed.code)
        return;
    context.add(QStringLiteral("W09"), {}, {},
                {{QStringLiteral("sealed"), sealed.code}, {QStringLiteral("current"), current}});
}

} // namespace

void checkWholeWorkbook(RuleContext& context, const CheckOptions& options)
{
    if (context.workbook.schools.isEmpty())
        context.add(QStringLiteral("E15"), {}, {}, {});
    checkConcentration(context);
    checkChangedAfterReopening(context, options);
}

} // namespace x1::rules
