#include "edit_common.h"

namespace x1::cli {

// add-school WORKBOOK --name NAME [school fields]: placed in the printed order, one transaction.
int runAddSchool(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    addFieldOptions(parser, schoolFieldOptions());
    if (int exit = parseOptions(context, parser, commandNamed("add-school"), 1, 1); exit >= 0)
        return exit;
    const QList<QPair<SchoolField, QString>> typed = typedFields(parser, schoolFieldOptions());
    if (parser.value(QStringLiteral("name")).trimmed().isEmpty()) {
        context.err << tr("add-school：请用 --name 给出学校名称") << '\n';
        return NothingDone;
    }
    std::unique_ptr<WorkbookDocument> document = openDocumentForEdit(context, parser.positionalArguments().at(0));
    if (!document)
        return NothingDone;
    Result<int> added = document->addSchool(typed);
    if (!added)
        return reportEdit(context, added.error(), {});
    return reportEdit(context, {},
                      tr("已新增学校“%1”（第 %2 所）").arg(document->workbook().schools[*added].name).arg(*added + 1));
}

// set-school WORKBOOK SCHOOL [school fields]: the fields given, one transaction.
int runSetSchool(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("SCHOOL"), tr("学校名称或学校标识码"));
    addFieldOptions(parser, schoolFieldOptions());
    if (int exit = parseOptions(context, parser, commandNamed("set-school"), 2, 2); exit >= 0)
        return exit;
    const QList<QPair<SchoolField, QString>> typed = typedFields(parser, schoolFieldOptions());
    if (typed.isEmpty()) {
        context.err << tr("set-school：没有要修改的字段（--name、--code、--type……）") << '\n';
        return NothingDone;
    }
    std::optional<EditTarget> target = openEditTarget(context, parser.positionalArguments(), false);
    if (!target)
        return NothingDone;
    WorkbookDocument& document = *target->document;
    const int index = target->school;
    QList<QPair<FieldAddress, QString>> addressed;
    for (const auto& [field, text] : typed)
        addressed.append({FieldAddress::of(index, field), text});
    const Status status = document.setFields(addressed, tr("修改学校"));
    const QString name = document.workbook().schools[index].name;
    return reportEdit(context, status, tr("已修改学校“%1”").arg(name));
}

// remove-school WORKBOOK SCHOOL: one transaction; the other schools and rows stay as they are.
int runRemoveSchool(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("SCHOOL"), tr("学校名称或学校标识码"));
    if (int exit = parseOptions(context, parser, commandNamed("remove-school"), 2, 2); exit >= 0)
        return exit;
    std::optional<EditTarget> target = openEditTarget(context, parser.positionalArguments(), false);
    if (!target)
        return NothingDone;
    WorkbookDocument& document = *target->document;
    const int index = target->school;
    const QString name = document.workbook().schools[index].name;
    return reportEdit(context, document.removeSchool(index), tr("已删除学校“%1”").arg(name));
}

} // namespace x1::cli
