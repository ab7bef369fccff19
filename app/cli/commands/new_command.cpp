#include "../workbook_access.h"

#include "catalog/catalog.h"
#include "storage/workbook_file.h"
#include "util/clock.h"

namespace x1::cli {

int runNew(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption profile(QStringLiteral("profile"), tr("表样：sc-2019 或 moe-2019"), QStringLiteral("ID"));
    parser.addOption(profile);
    HeaderOptions header;
    header.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("新工作簿的路径（.x1db）"));
    if (int exit = parseOptions(context, parser, commandNamed("new"), 1, 1); exit >= 0)
        return exit;

    const QString path = parser.positionalArguments().first();
    const Catalog& catalog = Catalog::builtIn();
    QStringList ids;
    for (const FormProfile& p : catalog.profiles())
        ids << p.id;
    const QString idList = ids.join(QCoreApplication::translate("x1::cli", "、", "list separator"));
    if (!parser.isSet(profile)) {
        context.err << tr("缺少 --profile；可用的表样：%1").arg(idList) << '\n';
        return NothingDone;
    }
    Workbook workbook;
    workbook.header.profileId = parser.value(profile);
    if (!catalog.profile(workbook.header.profileId)) {
        context.err << tr("未知的表样“%1”；可用的表样：%2").arg(workbook.header.profileId, idList) << '\n';
        return NothingDone;
    }
    workbook.header.fillDate = Clock::today();
    if (!header.applyTo(parser, workbook.header, context))
        return NothingDone;
    if (Status status = WorkbookFile::create(path, workbook); !status) {
        context.err << status.message() << '\n';
        return NothingDone;
    }
    context.err << tr("已新建工作簿 %1（表样 %2）").arg(path, workbook.header.profileId) << '\n';
    return Done;
}

} // namespace x1::cli
