#include "spreadsheet/xlsx_archive.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

#include <algorithm>
#include <mutex>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxReader)
};

// libzip converts every entry's DOS time with mktime(); with TZ unset glibc re-reads
// /etc/localtime for each call. Naming the same zone once keeps the behaviour and drops the cost.
void pinTimeZoneOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsEmpty("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
            qputenv("TZ", ":/etc/localtime");
    });
}

} // namespace

XlsxArchive::~XlsxArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Status XlsxArchive::open(QByteArray bytes, const QString& displayName, const ReadLimits& limits)
{
    pinTimeZoneOnce();
    m_bytes = std::move(bytes);
    m_displayName = displayName;
    m_limits = limits;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_zip) {
        if (source)
            zip_source_free(source);
        zip_error_fini(&error);
        return Error{Text::tr("%1：不是 Excel 文件（无法作为 .xlsx 压缩包打开）").arg(displayName)};
    }
    zip_error_fini(&error);
    const zip_int64_t entries = zip_get_num_entries(m_zip, 0);
    if (entries > m_limits.maxEntries)
        return Error{Text::tr("%1：压缩包内有 %2 个条目，超过上限 %3，拒绝读取")
                         .arg(displayName).arg(entries).arg(m_limits.maxEntries)};
    return {};
}

bool XlsxArchive::contains(const QString& entryName) const
{
    return m_zip && zip_name_locate(m_zip, entryName.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> XlsxArchive::read(const QString& entryName)
{
    const zip_int64_t index = zip_name_locate(m_zip, entryName.toUtf8().constData(), 0);
    if (index < 0)
        return Error{Text::tr("%1：缺少部件 %2").arg(m_displayName, entryName)};
    zip_stat_t stat;
    zip_stat_init(&stat);
    const qint64 allowed = std::min(m_limits.maxEntryBytes, m_limits.maxTotalBytes - m_bytesRead);
    const auto tooLarge = [&] {
        return Error{Text::tr("%1：部件 %2 解压后超过 %3 MiB 的上限，拒绝读取")
                         .arg(m_displayName, entryName).arg(allowed >> 20)};
    };
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)
        && stat.size > zip_uint64_t(allowed))
        return tooLarge();
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return Error{Text::tr("%1：部件 %2 无法解压（%3）").arg(m_displayName, entryName,
                                                          QString::fromUtf8(zip_strerror(m_zip)))};
    QByteArray data;
    data.resize(qsizetype((stat.valid & ZIP_STAT_SIZE) ? stat.size : 0));
    qint64 filled = 0;
    for (;;) {
        if (filled == data.size())
            data.resize(std::min<qint64>(std::max<qint64>(filled * 2, 65536), allowed + 1));
        const zip_int64_t got = zip_fread(file, data.data() + filled, zip_uint64_t(data.size() - filled));
        if (got < 0) {
            zip_fclose(file);
            return Error{Text::tr("%1：部件 %2 已损坏，无法解压").arg(m_displayName, entryName)};
        }
        filled += got;
        if (filled > allowed) {
            zip_fclose(file);
            return tooLarge();
        }
        if (got == 0)
            break;
    }
    zip_fclose(file);
    data.truncate(filled);
    m_bytesRead += filled;
    return data;
}

} // namespace x1
