#include "xlsx/xlsx_writer_package.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zip.h>

#include <memory>

namespace x1::xlsx {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxWriter)
};
} // namespace

Result<QMap<QString, QByteArray>> readPackageParts(const QString& path)
{
    auto fail = [&path](const QString& reason) {
        return Error{Text::tr("无法读取 %1：%2").arg(QDir::toNativeSeparators(path), reason)};
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(fileErrorText(file));
    const QByteArray bytes = file.readAll();

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    if (!archive) {
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        if (source)
            zip_source_free(source);
        zip_error_fini(&error);
        return fail(reason);
    }
    zip_error_fini(&error);
    std::unique_ptr<zip_t, void (*)(zip_t*)> closer(archive, [](zip_t* z) { zip_discard(z); });

    QMap<QString, QByteArray> parts;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
            return fail(QStringLiteral("#%1").arg(i));
        QByteArray content(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t* member = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!member)
            return fail(QString::fromUtf8(stat.name));
        const zip_int64_t read = zip_fread(member, content.data(), stat.size);
        zip_fclose(member);
        if (read != zip_int64_t(stat.size))
            return fail(QString::fromUtf8(stat.name));
        parts.insert(QString::fromUtf8(stat.name), content);
    }
    return parts;
}

} // namespace x1::xlsx
