#pragma once

#include "model/workbook.h"
#include "util/result.h"

#include <QString>

namespace x1 {

// The .x1db workbook file: one SQLite file, self-contained whenever the program is not running.
//
// Every function refuses, with a message naming the file and the reason and without touching
// it, a missing file, a file that is not SQLite, another application's SQLite file, a file made
// by a newer version and a truncated file. Reading never modifies any file: an older file is
// upgraded in a temporary copy. Writing upgrades an older file in place after a backup.
class WorkbookFile {
public:
    static constexpr int applicationId = 0x58314150; // "X1AP"
    static constexpr int currentVersion = 3;

    // Creates a new workbook file at `path`. Refuses when the file exists unless `overwrite`;
    // the file appears complete or not at all.
    static Status create(const QString& path, const Workbook& workbook, bool overwrite = false);
    // Removes what a `create` of `path` that was killed left beside it (".~<name>.<random>" and
    // its journal); every `create` does it first, and so does a merge into `path`.
    static void removeLeftovers(const QString& path);
    static QString temporaryPrefix(const QString& path);

    static Result<Workbook> read(const QString& path);

    // Replaces the content of an existing workbook file in one transaction.
    static Status write(const QString& path, const Workbook& workbook);

    // Brings an older file to the current version in place, after a backup (backupPath); does
    // nothing to a current one.
    static Status upgrade(const QString& path);

    // Refuses what `write` would refuse (unreadable, read-only), without writing anything.
    static Status checkWritable(const QString& path);

    // The schema version stored in a file that passed the checks of `read`.
    static Result<int> version(const QString& path);

    // Creates an empty workbook file of an older schema version (tests of migrations).
    static Status createAtVersion(const QString& path, int version);

    // Where `write` keeps the copy of an older file before upgrading it.
    static QString backupPath(const QString& path, int oldVersion);
};

} // namespace x1
