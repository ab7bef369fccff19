#include "merge/source_reader.h"

#include "forms/form_reader.h"
#include "interchange/json_file.h"
#include "storage/workbook_file.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace x1 {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("x1::SourceReader", text);
}

} // namespace

Result<QString> fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1：无法读取（%2）").arg(QDir::toNativeSeparators(path), file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

Result<SourceData> readSource(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xls") {
        Result<SourceData> form = readFormFile(path);
        if (!form)
            return form;
        Result<QString> sha = fileSha256(path);
        if (!sha)
            return sha.error();
        form->source.sha256 = *sha;
        return form;
    }
    Result<Workbook> workbook = Error{};
    if (suffix == u"x1db")
        workbook = WorkbookFile::read(path);
    else if (suffix == u"json")
        workbook = readJsonFile(path);
    else
        return Error{tr("%1：不支持的文件类型（应为 .x1db、.json、.xlsx 或 .xls）").arg(QDir::toNativeSeparators(path))};
    if (!workbook)
        return workbook.error();

    Result<QString> sha = fileSha256(path);
    if (!sha)
        return sha.error();
    SourceData data;
    data.workbook = std::move(workbook).value();
    const Header& header = data.workbook.header;
    data.source.fileName = QFileInfo(path).fileName();
    data.source.sha256 = *sha;
    data.source.unit = header.unit;
    data.source.contact = header.contact;
    data.source.phone = header.phone;
    data.source.fillDate = header.fillDate;
    data.source.verificationCode = data.workbook.finalisation.code;
    return data;
}

} // namespace x1
