#pragma once

#include <QString>

#include <optional>

namespace x1 {

// What merging does when two sources hold different data for the same school (CLI.md).
enum class ConflictPolicy {
    KeepBoth, // both versions are kept; the school carries E13 until resolved
    Fail,     // nothing is written while any conflict exists
    First,    // the version from the source named first wins
    Newest,   // the version with the later 填报日期 wins, ties to the source named first
};

// keep-both, fail, first, newest.
QString conflictPolicyName(ConflictPolicy policy);
std::optional<ConflictPolicy> conflictPolicyFromName(const QString& name);

} // namespace x1
