#include "rules/finding.h"

namespace x1 {

QString Finding::identity() const
{
    return findingIdentity(code, school, certificate, major);
}

QString findingIdentity(const QString& code, const QString& school, const QString& certificate,
                        const QString& major)
{
    return code + u'|' + school + u'|' + certificate + u'|' + major;
}

CheckSummary CheckSummary::of(const QList<Finding>& findings)
{
    CheckSummary summary;
    for (const Finding& finding : findings) {
        if (finding.isError()) {
            ++summary.errors;
        } else {
            ++summary.warnings;
            if (!finding.explained)
                ++summary.unexplainedWarnings;
        }
    }
    return summary;
}

} // namespace x1
