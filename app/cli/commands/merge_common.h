#pragma once

// What import and merge share: reading the sources, merging, the summary and the report.
#include "../command.h"

#include "merge/conflict_policy.h"
#include "model/workbook.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <optional>

namespace x1::cli {

struct MergeRequest {
    ConflictPolicy policy = ConflictPolicy::KeepBoth;
    bool strict = false;
    QString reportPath;       // empty: no report
    bool adoptHeader = true;  // import: an empty 报送单位/联系人/电话 is taken from the first source
    bool alwaysStore = false; // merge writes its new workbook even when nothing was added
    QString targetPath;       // import: the workbook itself is refused as a source
};

// The --on-conflict option's value, or `byDefault`; prints the reason and returns nothing when bad.
std::optional<ConflictPolicy> policyFromOption(Context& context, const QCommandLineParser& parser,
                                               const QCommandLineOption& option, ConflictPolicy byDefault);

// Reads the sources, merges them into `workbook`, stores it with `store` (unless nothing changed,
// or the policy fail met a conflict, or --strict met a refusal), prints the summary on stderr and
// writes the report. Returns the exit code of CLI.md.
int mergeAndStore(Context& context, Workbook& workbook, const QStringList& sourcePaths, const MergeRequest& request,
                  const std::function<Status(const Workbook&)>& store);

} // namespace x1::cli
