#include "../workbook_access.h"

namespace x1::cli {

int runSet(Context& context)
{
    QCommandLineParser parser;
    HeaderOptions header;
    header.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    if (int exit = parseOptions(context, parser, commandNamed("set"), 1, 1); exit >= 0)
        return exit;

    const QString path = parser.positionalArguments().first();
    std::optional<Workbook> workbook = openForEditing(context, path);
    if (!workbook)
        return NothingDone;
    if (!header.applyTo(parser, workbook->header, context))
        return NothingDone;
    if (!save(context, path, *workbook))
        return NothingDone;
    context.err << tr("已保存 %1").arg(path) << '\n';
    return Done;
}

} // namespace x1::cli
