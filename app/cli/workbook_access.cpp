#include "workbook_access.h"

#include "catalog/catalog.h"
#include "normalize/field_values.h"
#include "storage/workbook_file.h"

#include <QDir>

namespace x1::cli {

std::optional<Workbook> openForReading(Context& context, const QString& path)
{
    Result<Workbook> workbook = WorkbookFile::read(path);
    if (!workbook) {
        context.err << workbook.message() << '\n';
        return std::nullopt;
    }
    return std::move(workbook).value();
}

bool lockForWriting(Context& context, const QString& path)
{
    if (Status writable = WorkbookFile::checkWritable(path); !writable) {
        context.err << writable.message() << '\n';
        return false;
    }
    Result<std::unique_ptr<EditLock>> lock = EditLock::acquire(path);
    if (!lock) {
        context.err << lock.message() << '\n';
        return false;
    }
    context.editLock = std::move(lock).value();
    return true;
}

std::optional<Workbook> openForEditing(Context& context, const QString& path)
{
    if (!lockForWriting(context, path))
        return std::nullopt;
    std::optional<Workbook> workbook = openForReading(context, path);
    if (workbook && workbook->finalisation.isFinal()) {
        context.err << tr("%1：工作簿已定稿（校验码 %2），不能修改；如需修改，先运行 x1apply-cli reopen 取消定稿")
                           .arg(QDir::toNativeSeparators(path), workbook->finalisation.code)
                    << '\n';
        return std::nullopt;
    }
    return workbook;
}

bool save(Context& context, const QString& path, const Workbook& workbook)
{
    if (Status status = WorkbookFile::write(path, workbook); !status) {
        context.err << status.message() << '\n';
        return false;
    }
    return true;
}

void HeaderOptions::addTo(QCommandLineParser& parser, bool withDate)
{
    parser.addOptions({unit, unitKind, contact, phone});
    if (withDate)
        parser.addOption(date);
}

bool HeaderOptions::applyTo(const QCommandLineParser& parser, Header& header, Context& context) const
{
    const QList<QPair<const QCommandLineOption*, HeaderField>> fields = {
        {&unit, HeaderField::Unit}, {&unitKind, HeaderField::UnitKind}, {&contact, HeaderField::Contact},
        {&phone, HeaderField::Phone}, {&date, HeaderField::FillDate}};
    Workbook edited;
    edited.header = header;
    for (const auto& [option, field] : fields) {
        if (!parser.isSet(*option))
            continue;
        Result<QString> value = normalizeFieldValue(FieldAddress::of(field), parser.value(*option));
        if (!value) {
            context.err << Text::tr("--%1：%2").arg(option->names().constFirst(), value.message()) << '\n';
            return false;
        }
        setFieldText(edited, FieldAddress::of(field), *value);
    }
    if (parser.isSet(unit) && !parser.isSet(unitKind))
        edited.header.unitKind.clear(); // inferred from the new name
    header = edited.header;
    return true;
}

} // namespace x1::cli
