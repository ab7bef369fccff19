#include "merge/conflict_policy.h"

namespace x1 {

QString conflictPolicyName(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::KeepBoth:
        return QStringLiteral("keep-both");
    case ConflictPolicy::Fail:
        return QStringLiteral("fail");
    case ConflictPolicy::First:
        return QStringLiteral("first");
    case ConflictPolicy::Newest:
        return QStringLiteral("newest");
    }
    return {};
}

std::optional<ConflictPolicy> conflictPolicyFromName(const QString& name)
{
    for (ConflictPolicy policy :
         {ConflictPolicy::KeepBoth, ConflictPolicy::Fail, ConflictPolicy::First, ConflictPolicy::Newest}) {
        if (conflictPolicyName(policy) == name.trimmed())
            return policy;
    }
    return std::nullopt;
}

} // namespace x1
