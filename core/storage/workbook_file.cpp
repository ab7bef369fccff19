#include "storage/workbook_file.h"

#include "storage/sqlite_connection.h"
#include "storage/storage_text.h"
#include "storage/workbook_loader.h"
#include "storage/workbook_storer.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <filesystem>

namespace x1 {

namespace {

using storage::fileError;
using storage::Text;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    return (quint32(quint8(bytes[offset])) << 24) | (quint32(quint8(bytes[offset + 1])) << 16)
        | (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3]));
}

QString journalPath(const QString& path)
{
    return path + QStringLiteral("-journal");
}

// A rollback journal left beside the file by a writer that died in the middle of a transaction
// (a "hot" journal): the file holds half of that transaction until the journal is rolled back.
bool hasJournal(const QString& path)
{
    return QFileInfo(journalPath(path)).size() > 0;
}

// Checks the 100-byte SQLite header without opening the database, so that a file that is not
// ours is refused before SQLite gets to touch it. Returns the schema version.
Result<int> checkHeader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, Text::tr("文件不存在"));
    if (!info.isFile())
        return fileError(path, Text::tr("不是文件"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, Text::tr("无法打开（%1）").arg(fileErrorText(file)));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fileError(path, Text::tr("不是 x1apply 工作簿（不是 SQLite 数据库文件）"));
    const quint32 pageSizeField = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool pageCountValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    // With a journal beside it, the header may be one of an unfinished transaction: the journal
    // restores it.
    if (pageCountValid && qint64(pageCount) * pageSize > info.size() && !hasJournal(path))
        return fileError(path, Text::tr("文件不完整或已损坏（应有 %1 字节，实际 %2 字节）")
                                   .arg(qint64(pageCount) * pageSize)
                                   .arg(info.size()));
    if (bigEndian32(header, 68) != quint32(WorkbookFile::applicationId))
        return fileError(path, Text::tr("不是 x1apply 工作簿（是其他程序的 SQLite 数据库）"));
    const int version = int(bigEndian32(header, 60));
    if (version > WorkbookFile::currentVersion)
        return fileError(path, Text::tr("由更新版本的 x1apply 创建（文件格式第 %1 版，本程序只支持到第 %2 版），请升级程序")
                                   .arg(version)
                                   .arg(WorkbookFile::currentVersion));
    if (version < 1)
        return fileError(path, Text::tr("不是 x1apply 工作簿（没有格式版本）"));
    return version;
}

QStringList migrationScripts()
{
    const QDir dir(QStringLiteral(":/schema"));
    QStringList scripts;
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            scripts << QString::fromUtf8(file.readAll());
    }
    return scripts;
}

// Brings an open database from `from` to `to` in one transaction.
Status migrate(SqliteConnection& connection, const QString& path, int from, int to)
{
    const QStringList scripts = migrationScripts();
    if (scripts.size() < to)
        return fileError(path, Text::tr("程序缺少第 %1 版的格式定义").arg(to));
    if (!connection.begin())
        return fileError(path, Text::tr("无法开始写入（%1）").arg(connection.lastError()));
    for (int version = from + 1; version <= to; ++version) {
        Status status = connection.exec(scripts[version - 1]);
        if (!status) {
            connection.rollback();
            return status;
        }
    }
    Status status = connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(to));
    if (status && from == 0)
        status = connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(WorkbookFile::applicationId));
    if (!status) {
        connection.rollback();
        return status;
    }
    if (!connection.commit())
        return fileError(path, Text::tr("写入失败（%1）").arg(connection.lastError()));
    return {};
}

Status openError(SqliteConnection& connection, const QString& path)
{
    return fileError(path, Text::tr("无法打开数据库（%1）").arg(connection.lastError()));
}

// Copies a workbook with its journal, if it has one, so that the copy is the same database.
bool copyWithJournal(const QString& path, const QString& copy)
{
    if (!QFile::copy(path, copy))
        return false;
    QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::WriteOwner | QFileDevice::WriteUser);
    if (!hasJournal(path))
        return true;
    return QFile::copy(journalPath(path), journalPath(copy));
}

Result<Workbook> readCurrent(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    if (!connection.isOpen())
        return openError(connection, path).error();
    return storage::loadWorkbook(connection, path);
}

// SQLite rolls a hot journal back only through a connection that may write, and reading must not
// write the file (it may be a source, or read-only). So the file and its journal are copied
// aside, the copy is opened for writing — SQLite restores the last committed state there — and
// read. The file itself is restored by the next program that writes it.
Result<Workbook> readPastJournal(const QString& path)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("recovered.x1db"));
    if (!dir.isValid() || !copyWithJournal(path, copy))
        return fileError(path, Text::tr("上次写入时被中断，无法建立临时副本来恢复"));
    {
        SqliteConnection connection(copy, SqliteConnection::Mode::ReadWrite);
        if (!connection.isOpen() || !connection.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return openError(connection, path).error();
    }
    Result<Workbook> workbook = readCurrent(copy);
    if (!workbook)
        return Error{QString(workbook.message()).replace(QDir::toNativeSeparators(copy), QDir::toNativeSeparators(path))};
    return workbook;
}

Status checkPermissions(const QString& path)
{
    // Permission bits rather than access(): an administrator may write anywhere, but a file
    // marked read-only is meant to stay as it is.
    if (!(QFile::permissions(path) & QFileDevice::WriteOwner))
        return fileError(path, Text::tr("文件是只读的，不能修改"));
    return {};
}

} // namespace

QString WorkbookFile::backupPath(const QString& path, int oldVersion)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".v%1-backup.").arg(oldVersion)
                               + info.suffix());
}

Result<int> WorkbookFile::version(const QString& path)
{
    return checkHeader(path);
}

Status WorkbookFile::createAtVersion(const QString& path, int version)
{
    if (QFileInfo::exists(path))
        return fileError(path, Text::tr("文件已存在"));
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    if (!connection.isOpen())
        return openError(connection, path);
    // Text is kept as UTF-16, the form QString holds it in: reading a 10,000-row workbook then
    // converts nothing, which saves a quarter of its time (and Chinese text is smaller than in
    // UTF-8). Files from before this choice are UTF-8 and read as well.
    Status status = connection.exec(QStringLiteral("PRAGMA encoding = 'UTF-16le'"));
    if (status)
        status = connection.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (status)
        status = migrate(connection, path, 0, version);
    return status;
}

QString WorkbookFile::temporaryPrefix(const QString& path)
{
    return u".~" + QFileInfo(path).fileName() + u'.';
}

void WorkbookFile::removeLeftovers(const QString& path)
{
    const QDir folder = QFileInfo(path).dir();
    for (const QString& leftover : folder.entryList({temporaryPrefix(path) + u'*'}, QDir::Files | QDir::Hidden))
        QFile::remove(folder.filePath(leftover));
}

Status WorkbookFile::create(const QString& path, const Workbook& workbook, bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path))
        return fileError(path, Text::tr("文件已存在；不会覆盖它"));
    const QFileInfo target(path);
    if (!target.dir().exists())
        return fileError(path, Text::tr("所在文件夹不存在"));
    // Built beside the target under a temporary name, then renamed over it: a failure leaves
    // no half-written workbook and no damaged older file.
    removeLeftovers(path);
    const QString temporary = target.dir().filePath(temporaryPrefix(path) + QUuid::createUuid().toString(QUuid::Id128).left(8));
    Status status = createAtVersion(temporary, currentVersion);
    if (status) {
        SqliteConnection connection(temporary, SqliteConnection::Mode::ReadWrite);
        status = connection.isOpen() ? storage::storeWorkbook(connection, path, workbook) : openError(connection, path);
    }
    if (status) {
        // The replaced file's journal would be applied to the new one: it goes with the old file.
        QFile::remove(journalPath(path));
        std::error_code error;
        std::filesystem::rename(temporary.toStdU16String(), path.toStdU16String(), error);
        if (error)
            status = fileError(path, Text::tr("无法保存（%1）").arg(QString::fromLocal8Bit(error.message())));
    }
    if (!status)
        QFile::remove(temporary);
    return status;
}

Result<Workbook> WorkbookFile::read(const QString& path)
{
    Result<int> fileVersion = checkHeader(path);
    if (!fileVersion)
        return fileVersion.error();
    if (*fileVersion == currentVersion)
        return hasJournal(path) ? readPastJournal(path) : readCurrent(path);

    // An older file is upgraded in a temporary copy; the file itself stays as it is.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("upgrade.x1db"));
    if (!dir.isValid() || !copyWithJournal(path, copy))
        return fileError(path, Text::tr("无法建立临时副本来读取旧版本文件"));
    {
        SqliteConnection connection(copy, SqliteConnection::Mode::ReadWrite);
        if (!connection.isOpen())
            return openError(connection, path).error();
        if (Status status = migrate(connection, path, *fileVersion, currentVersion); !status)
            return status.error();
    }
    Result<Workbook> upgraded = readCurrent(copy);
    if (!upgraded)
        return fileError(path, Text::tr("旧版本文件无法升级"));
    return upgraded;
}

Status WorkbookFile::checkWritable(const QString& path)
{
    Result<int> fileVersion = checkHeader(path);
    if (!fileVersion)
        return fileVersion.error();
    return checkPermissions(path);
}

Status WorkbookFile::upgrade(const QString& path)
{
    Result<int> fileVersion = checkHeader(path);
    if (!fileVersion)
        return fileVersion.error();
    if (*fileVersion == currentVersion)
        return {};
    if (Status status = checkPermissions(path); !status)
        return status;
    const QString backup = backupPath(path, *fileVersion);
    QFile::remove(backup);
    if (!QFile::copy(path, backup))
        return fileError(path, Text::tr("无法在升级前备份到 %1").arg(native(backup)));
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    if (!connection.isOpen())
        return openError(connection, path);
    return migrate(connection, path, *fileVersion, currentVersion);
}

Status WorkbookFile::write(const QString& path, const Workbook& workbook)
{
    if (Status status = checkWritable(path); !status)
        return status;
    if (Status status = upgrade(path); !status)
        return status;
    SqliteConnection connection(path, SqliteConnection::Mode::ReadWrite);
    if (!connection.isOpen())
        return openError(connection, path);
    return storage::storeWorkbook(connection, path, workbook);
}

} // namespace x1
