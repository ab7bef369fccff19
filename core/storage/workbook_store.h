#pragma once

#include "model/workbook.h"
#include "util/result.h"

#include "storage/sqlite_connection.h"

#include <QList>
#include <QString>

#include <memory>

namespace x1 {

// A workbook file kept open while it is edited: each edit is written at once in its own small
// transaction that touches only what changed (the header, one school and its rows, one
// explanation), so that a crash loses at most the edit being written. A failed write leaves the
// file as it was and says why, naming the file.
class WorkbookStore {
public:
    // Opens an existing workbook for writing: refuses what WorkbookFile::checkWritable refuses;
    // an older file is upgraded in place after a backup (as WorkbookFile::write does).
    static Result<std::unique_ptr<WorkbookStore>> open(const QString& path);

    const QString& path() const { return m_path; }

    // The header and the 定稿 state.
    Status storeHeader(const Workbook& workbook);
    // School `index`'s fields and all its rows, as they are now.
    Status storeSchool(int index, const School& school);
    Status insertSchool(int index, const School& school);
    Status removeSchool(int index);
    // An explanation; an empty text removes it.
    Status storeExplanation(const QString& identity, const QString& text);
    // Everything (an import, a merge, a resolved conflict: edits of the whole workbook).
    Status storeAll(const Workbook& workbook);

    explicit WorkbookStore(const QString& path);

private:
    QString m_path;
    SqliteConnection m_connection;
    QList<qint64> m_schoolIds; // the id of each school, in printed order

    Status readSchoolIds();
    // Runs `write` in one transaction; rolls back and reports when it fails.
    template <typename Write>
    Status transaction(Write write);
    Result<qint64> positionAt(int index);
};

} // namespace x1
