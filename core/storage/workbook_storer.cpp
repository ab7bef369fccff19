#include "storage/workbook_storer.h"

#include "storage/sqlite_connection.h"
#include "storage/storage_text.h"
#include "storage/workbook_rows.h"

namespace x1::storage {

namespace {

bool clear(SqliteConnection& connection, QString& failure)
{
    for (const char* table : {"certificate_row", "school", "source", "explanation", "meta"}) {
        Status status = connection.exec(u"DELETE FROM " + QLatin1StringView(table));
        if (!status) {
            failure = status.message();
            return false;
        }
    }
    return true;
}

bool writeAll(WorkbookRows& rows, const Workbook& workbook)
{
    if (!rows.writeMeta(workbook))
        return false;
    for (const Source& source : workbook.sources) {
        if (!rows.insertSource(source))
            return false;
    }
    for (qsizetype i = 0; i < workbook.schools.size(); ++i) {
        if (!rows.insertSchool(i + 1, i + 1, workbook.schools[i]))
            return false;
    }
    for (auto it = workbook.explanations.begin(); it != workbook.explanations.end(); ++it) {
        if (!rows.writeExplanation(it.key(), it.value()))
            return false;
    }
    return true;
}

} // namespace

Status replaceContent(SqliteConnection& connection, const Workbook& workbook)
{
    QString failure;
    if (!clear(connection, failure))
        return Error{failure};
    WorkbookRows rows(connection);
    if (!writeAll(rows, workbook))
        return Error{rows.failure()};
    return {};
}

Status storeWorkbook(SqliteConnection& connection, const QString& path, const Workbook& workbook)
{
    if (!connection.begin())
        return fileError(path, Text::tr("无法开始写入（%1）").arg(connection.lastError()));
    if (Status status = replaceContent(connection, workbook); !status) {
        connection.rollback();
        return fileError(path, Text::tr("写入失败，文件保持原样（%1）").arg(status.message()));
    }
    if (!connection.commit()) {
        const QString reason = connection.lastError();
        connection.rollback();
        return fileError(path, Text::tr("写入失败，文件保持原样（%1）").arg(reason));
    }
    return {};
}

} // namespace x1::storage
