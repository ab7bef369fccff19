#include "interchange/json_file.h"

#include "interchange/model_json.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::JsonFile)
};

constexpr qint64 maximumJsonBytes = 256LL * 1024 * 1024;

} // namespace

Result<Workbook> readJsonFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return Error{Text::tr("%1：文件不存在").arg(name)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("%1：无法读取（%2）").arg(name, fileErrorText(file))};
    if (file.size() > maximumJsonBytes)
        return Error{Text::tr("%1：文件过大（超过 256 MB）").arg(name)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{Text::tr("%1：第 %2 个字节处 JSON 格式错误（%3）").arg(name).arg(error.offset).arg(error.errorString())};
    const QJsonObject object = document.object();
    if (object[u"format"].toString() != u"x1apply-workbook")
        return Error{Text::tr("%1：不是 x1apply 的 JSON 交换文件（缺少 \"format\": \"x1apply-workbook\"）").arg(name)};
    if (object[u"version"].toInt() > 1)
        return Error{Text::tr("%1：由更新版本的 x1apply 导出（JSON 格式第 %2 版），请升级程序").arg(name).arg(object[u"version"].toInt())};
    return workbookFromJson(object);
}

QByteArray workbookJsonBytes(const Workbook& workbook)
{
    return QJsonDocument(workbookToJson(workbook)).toJson(QJsonDocument::Indented);
}

Status writeJsonFile(const QString& path, const Workbook& workbook)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("%1：无法写入（%2）").arg(QDir::toNativeSeparators(path), fileErrorText(file))};
    file.write(workbookJsonBytes(workbook));
    if (!file.commit())
        return Error{Text::tr("%1：无法写入（%2）").arg(QDir::toNativeSeparators(path), fileErrorText(file))};
    return {};
}

} // namespace x1
