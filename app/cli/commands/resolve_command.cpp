#include "../workbook_access.h"

#include "merge/conflict_resolver.h"

namespace x1::cli {

int runResolve(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep"), tr("要保留的版本的来源：文件名或 SHA-256 前缀（见 sources）"),
                                  QStringLiteral("SOURCE"));
    parser.addOption(keep);
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("SCHOOL"), tr("学校名称或学校标识码"));
    if (int exit = parseOptions(context, parser, commandNamed("resolve"), 2, 2); exit >= 0)
        return exit;
    if (!parser.isSet(keep)) {
        context.err << tr("缺少 --keep SOURCE") << '\n' << usageOf(commandNamed("resolve")) << '\n';
        return NothingDone;
    }
    const QString path = parser.positionalArguments().at(0);
    std::optional<Workbook> workbook = openForEditing(context, path);
    if (!workbook)
        return NothingDone;
    Result<QString> kept = resolveConflict(*workbook, parser.positionalArguments().at(1), parser.value(keep));
    if (!kept) {
        context.err << tr("%1：%2").arg(path, kept.message()) << '\n';
        return NothingDone;
    }
    if (!save(context, path, *workbook))
        return NothingDone;
    context.err << tr("已解决“%1”的冲突，保留来自 %2 的版本").arg(*kept, parser.value(keep)) << '\n';
    return Done;
}

} // namespace x1::cli
