#include "util/file_hash.h"

#include "util/sha256.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::SourceReader)
};

} // namespace

Result<QString> fileSha256(const QString& path)
{
    QFile file(path);
    const auto unreadable = [&] {
        return Error{Text::tr("%1：无法读取（%2）").arg(QDir::toNativeSeparators(path), fileErrorText(file))};
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable();
    Sha256 hash;
    QByteArray chunk(64 * 1024, Qt::Uninitialized); // below malloc's mmap threshold: no map per file
    qint64 got = 0;
    while ((got = file.read(chunk.data(), chunk.size())) > 0)
        hash.addData(QByteArrayView(chunk.constData(), got));
    if (got < 0)
        return unreadable();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace x1
