#include "merge/source_reader.h"

#include "catalog/catalog.h"
#include "handfilled/form_reader.h"
#include "printout/printed_form.h"
#include "util/file_hash.h"
#include "interchange/json_file.h"
#include "normalize/field_values.h"
#include "normalize/school_fields.h"
#include "storage/workbook_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::SourceReader)
};

Result<SourceData> readWorkbookSource(const QString& path, const QString& suffix)
{
    Result<Workbook> workbook = Error{};
    if (suffix == u"x1db")
        workbook = WorkbookFile::read(path);
    else if (suffix == u"json") {
        workbook = readJsonFile(path);
        // Typed by people or by other programs: `web前端` is Web前端开发 here as in a form.
        if (workbook)
            normalizeImportedFields(*workbook, Catalog::builtIn());
    }
    else
        return Error{Text::tr("%1：不支持的文件类型（应为 .x1db、.json、.xlsx 或 .xls）").arg(QDir::toNativeSeparators(path))};
    if (!workbook)
        return workbook.error();
    SourceData data;
    data.workbook = std::move(workbook).value();
    const Header& header = data.workbook.header;
    data.source.fileName = QFileInfo(path).fileName();
    data.source.unit = header.unit;
    data.source.contact = header.contact;
    data.source.phone = header.phone;
    data.source.fillDate = header.fillDate;
    return data;
}

// The 市（州） of the schools that give none, where the evidence is certain (DOMAIN.md): the
// source's 报送单位 when it is a 市州 office, else the school's name; never when the two name
// different cities.
void inferCities(Workbook& workbook, const Catalog& catalog)
{
    const Header& header = workbook.header;
    const QString unitKind = header.unitKind.isEmpty() ? catalog.inferUnitKind(header.unit) : header.unitKind;
    const QString unitCity = unitKind == u"市州教育行政部门" ? cityNamedAtStart(header.unit, catalog) : QString();
    for (School& school : workbook.schools) {
        if (!school.city.isEmpty())
            continue;
        const QString nameCity = cityNamedAtStart(school.name, catalog);
        if (unitCity.isEmpty())
            school.city = nameCity;
        else if (nameCity.isEmpty() || nameCity == unitCity)
            school.city = unitCity;
    }
}

} // namespace

Result<SourceData> readSource(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool form = suffix == u"xlsx" || suffix == u"xls";
    Result<SourceData> data = form ? readFormFile(path) : readWorkbookSource(path, suffix);
    if (!data)
        return data;
    inferCities(data->workbook, Catalog::builtIn());
    Result<QString> sha = fileSha256(path);
    if (!sha)
        return sha.error();
    data->source.sha256 = *sha;
    // A form without a 填报日期 cell nor a modified time in its properties: the file's time.
    if (form && !data->source.fillDate.isValid())
        data->source.fillDate = info.lastModified().date();
    // What the source prints now, as its sender would have printed and sealed it.
    data->source.verificationCode = PrintedForm::of(data->workbook, Catalog::builtIn()).verificationCode;
    return data;
}

bool isSourceFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"x1db" || suffix == u"json" || suffix == u"xlsx" || suffix == u"xls";
}

QStringList sourceFilesIn(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        const QDir dir(path);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            if (isSourceFile(name))
                files << dir.filePath(name);
        }
    }
    return files;
}

} // namespace x1
