#pragma once

#include "merge/source_reader.h"
#include "model/workbook.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace x1 {

enum class ConflictPolicy { KeepBoth, Fail, First, Newest };

// What merging sources into a workbook did (the summary of import/merge and --report).
struct MergeSummary {
    int sourcesRead = 0;
    int sourcesSkipped = 0;  // already imported (same SHA-256)
    int schoolsAdded = 0;
    int duplicatesFolded = 0;
    int conflicts = 0;       // schools left with unresolved versions (or refused with Fail)
    QList<QPair<QString, QString>> conflictSchools; // school, the sources involved
};

// The identity of a school when merging: its 学校标识码 when both sides have one, else its
// normalised name (see sameSchool).
bool sameSchool(const School& a, const School& b);

// Adds the schools of `sources`, in the order given, to `target`. Identical duplicates fold
// into one; different data for the same school is kept as unresolved versions (E13) under
// KeepBoth. A source whose SHA-256 was already imported changes nothing. The target's empty
// 报送单位, 联系人 and 电话 are taken from the first source that has them.
MergeSummary mergeSources(Workbook& target, const QList<SourceData>& sources,
                          ConflictPolicy policy, const QDateTime& now);

} // namespace x1
