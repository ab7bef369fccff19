#include "workbook_access.h"

#include "catalog/catalog.h"
#include "normalize/phone.h"
#include "normalize/text.h"
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

std::optional<Workbook> openForEditing(Context& context, const QString& path)
{
    if (Status writable = WorkbookFile::checkWritable(path); !writable) {
        context.err << writable.message() << '\n';
        return std::nullopt;
    }
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
    const Catalog& catalog = Catalog::builtIn();
    if (parser.isSet(unit))
        header.unit = cleanName(parser.value(unit), catalog);
    if (parser.isSet(unitKind)) {
        const QString kind = parser.value(unitKind).trimmed();
        if (!catalog.unitKinds().contains(kind)) {
            context.err << Text::tr("--unit-kind 的值“%1”无效；应为：%2").arg(kind, catalog.unitKinds().join(Text::tr("、", "list separator"))) << '\n';
            return false;
        }
        header.unitKind = kind;
    } else if (parser.isSet(unit)) {
        header.unitKind.clear(); // inferred from the new name
    }
    if (parser.isSet(contact))
        header.contact = cleanName(parser.value(contact), catalog);
    if (parser.isSet(phone))
        header.phone = isPlaceholder(parser.value(phone), catalog) ? QString() : normalizePhone(parser.value(phone));
    if (parser.isSet(date)) {
        const QDate value = QDate::fromString(parser.value(date).trimmed(), Qt::ISODate);
        if (!value.isValid()) {
            context.err << Text::tr("--date 的值“%1”不是有效日期；应为 YYYY-MM-DD").arg(parser.value(date)) << '\n';
            return false;
        }
        header.fillDate = value;
    }
    return true;
}

} // namespace x1::cli
