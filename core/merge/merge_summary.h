#pragma once

#include "merge/conflict_policy.h"
#include "merge/source_reader.h"
#include "model/school.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace x1 {

// One version of a school in conflict, and where it came from.
struct ConflictVersion {
    School school;
    QString sourceFile; // empty: the version was already in the workbook, entered there
    QString sha256;
    QDate fillDate;
    bool kept = false;  // still in the workbook after merging
};

// A school for which the sources hold different data.
struct MergeConflict {
    QString school;
    QString schoolCode;
    QList<ConflictVersion> versions; // the versions that differ, in the order they were met
};

struct RefusedSource {
    QString file;
    QString reason;
};

// What an import or merge did: the summary on stderr and the --report JSON (CLI.md).
struct MergeSummary {
    ConflictPolicy policy = ConflictPolicy::KeepBoth;
    int sourcesRead = 0;
    int sourcesAlreadyImported = 0; // same SHA-256 as a source of the workbook: nothing changed
    int schoolsAdded = 0;
    int duplicatesFolded = 0;
    QList<MergeConflict> conflicts;
    QList<RefusedSource> refused;
    QList<CellIssue> cellsNotUnderstood;
    bool written = false;

    // Conflicts left in the workbook for `resolve` (keep-both) or that stopped the merge (fail).
    int conflictsLeft() const;
    // Everything was read and understood and no conflict is left: exit code 0.
    bool clean() const { return refused.isEmpty() && cellsNotUnderstood.isEmpty() && conflictsLeft() == 0; }

    QJsonObject toJson() const;
    // The human summary (stderr), several lines, translated.
    QString toText() const;
};

} // namespace x1
