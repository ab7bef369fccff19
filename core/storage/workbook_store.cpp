#include "storage/workbook_store.h"

#include "storage/storage_text.h"
#include "storage/workbook_file.h"
#include "storage/workbook_rows.h"
#include "storage/workbook_storer.h"

namespace x1 {

using storage::fileError;
using storage::Text;

Result<std::unique_ptr<WorkbookStore>> WorkbookStore::open(const QString& path)
{
    if (Status writable = WorkbookFile::checkWritable(path); !writable)
        return writable.error();
    if (Status upgraded = WorkbookFile::upgrade(path); !upgraded)
        return upgraded.error();
    auto store = std::make_unique<WorkbookStore>(path);
    if (!store->m_connection.isOpen())
        return fileError(path, Text::tr("无法打开数据库（%1）").arg(store->m_connection.lastError()));
    if (Status ids = store->readSchoolIds(); !ids)
        return ids.error();
    return store;
}

WorkbookStore::WorkbookStore(const QString& path)
    : m_path(path), m_connection(path, SqliteConnection::Mode::ReadWrite)
{
}

Status WorkbookStore::readSchoolIds()
{
    m_schoolIds.clear();
    SqliteStatement ids = m_connection.prepare(QStringLiteral("SELECT id FROM school ORDER BY position"));
    while (ids.next())
        m_schoolIds << ids.integer(0);
    if (!ids.error().isEmpty())
        return fileError(m_path, Text::tr("文件已损坏，无法读取（%1）").arg(ids.error()));
    return {};
}

template <typename Write>
Status WorkbookStore::transaction(Write write)
{
    if (!m_connection.begin())
        return fileError(m_path, Text::tr("无法写入（%1）").arg(m_connection.lastError()));
    QString failure;
    if (!write(failure)) {
        m_connection.rollback();
        return fileError(m_path, Text::tr("写入失败，文件保持原样（%1）").arg(failure));
    }
    if (!m_connection.commit()) {
        const QString reason = m_connection.lastError();
        m_connection.rollback();
        return fileError(m_path, Text::tr("写入失败，文件保持原样（%1）").arg(reason));
    }
    return {};
}

Status WorkbookStore::storeHeader(const Workbook& workbook)
{
    return transaction([&](QString& failure) {
        storage::WorkbookRows rows(m_connection);
        const bool ok = rows.writeMeta(workbook);
        failure = rows.failure();
        return ok;
    });
}

Result<qint64> WorkbookStore::positionAt(int index)
{
    SqliteStatement query = m_connection.prepare(
        index < m_schoolIds.size() ? QStringLiteral("SELECT position FROM school WHERE id = ?")
                                   : QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM school"));
    if (index < m_schoolIds.size())
        query.bind(0, m_schoolIds[index]);
    if (!query.next())
        return Error{query.error()};
    return query.integer(0);
}

Status WorkbookStore::storeSchool(int index, const School& school)
{
    const qint64 id = m_schoolIds.value(index, -1);
    return transaction([&](QString& failure) {
        const Result<qint64> position = positionAt(index);
        storage::WorkbookRows rows(m_connection);
        const bool ok = position && rows.deleteSchool(id) && rows.insertSchool(id, *position, school);
        failure = position ? rows.failure() : position.message();
        return ok;
    });
}

Status WorkbookStore::insertSchool(int index, const School& school)
{
    qint64 newId = 0;
    Status status = transaction([&](QString& failure) {
        const Result<qint64> position = positionAt(index);
        if (!position) {
            failure = position.message();
            return false;
        }
        SqliteStatement shift = m_connection.prepare(QStringLiteral("UPDATE school SET position = position + 1 WHERE position >= ?"));
        shift.bind(0, *position);
        SqliteStatement nextId = m_connection.prepare(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM school"));
        if (!shift.exec() || !nextId.next()) {
            failure = shift.error().isEmpty() ? nextId.error() : shift.error();
            return false;
        }
        newId = nextId.integer(0);
        storage::WorkbookRows rows(m_connection);
        const bool ok = rows.insertSchool(newId, *position, school);
        failure = rows.failure();
        return ok;
    });
    if (status)
        m_schoolIds.insert(index, newId);
    return status;
}

Status WorkbookStore::removeSchool(int index)
{
    const qint64 id = m_schoolIds.value(index, -1);
    Status status = transaction([&](QString& failure) {
        storage::WorkbookRows rows(m_connection);
        const bool ok = rows.deleteSchool(id);
        failure = rows.failure();
        return ok;
    });
    if (status)
        m_schoolIds.remove(index);
    return status;
}

Status WorkbookStore::storeExplanation(const QString& identity, const QString& text)
{
    return transaction([&](QString& failure) {
        storage::WorkbookRows rows(m_connection);
        const bool ok = rows.writeExplanation(identity, text);
        failure = rows.failure();
        return ok;
    });
}

Status WorkbookStore::storeAll(const Workbook& workbook)
{
    Status status = transaction([&](QString& failure) {
        Status replaced = storage::replaceContent(m_connection, workbook);
        failure = replaced.message();
        return replaced.ok();
    });
    if (status) {
        m_schoolIds.clear();
        for (qsizetype i = 0; i < workbook.schools.size(); ++i)
            m_schoolIds << i + 1;
    }
    return status;
}

} // namespace x1
