#include "edit_common.h"

namespace x1::cli {

namespace {

void addWorkbookAndSchool(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("SCHOOL"), tr("学校名称或学校标识码"));
}

} // namespace

// add-row WORKBOOK SCHOOL --certificate CERT [row fields]: appended to the school's rows.
int runAddRow(Context& context)
{
    QCommandLineParser parser;
    addWorkbookAndSchool(parser);
    addFieldOptions(parser, rowFieldOptions());
    if (int exit = parseOptions(context, parser, commandNamed("add-row"), 2, 2); exit >= 0)
        return exit;
    if (parser.value(QStringLiteral("certificate")).trimmed().isEmpty()) {
        context.err << tr("add-row：请用 --certificate 给出证书") << '\n';
        return NothingDone;
    }
    std::optional<EditTarget> target = openEditTarget(context, parser.positionalArguments(), false);
    if (!target)
        return NothingDone;
    WorkbookDocument& document = *target->document;
    const int school = target->school;
    const int row = int(document.workbook().schools[school].rows.size());
    const Status status = document.insertRow(school, row, typedFields(parser, rowFieldOptions()));
    const QString certificate = status ? document.workbook().schools[school].rows[row].certificate : QString();
    return reportEdit(context, status,
                      tr("已为“%1”新增第 %2 行（%3）").arg(document.workbook().schools[school].name).arg(row + 1).arg(certificate));
}

// set-row WORKBOOK SCHOOL ROW [row fields]: ROW is the certificate or the row's number.
int runSetRow(Context& context)
{
    QCommandLineParser parser;
    addWorkbookAndSchool(parser);
    parser.addPositionalArgument(QStringLiteral("ROW"), tr("证书名称，或行号（1、2……）"));
    addFieldOptions(parser, rowFieldOptions());
    if (int exit = parseOptions(context, parser, commandNamed("set-row"), 3, 3); exit >= 0)
        return exit;
    const QList<QPair<RowField, QString>> typed = typedFields(parser, rowFieldOptions());
    if (typed.isEmpty()) {
        context.err << tr("set-row：没有要修改的字段（--certificate、--levels、--students……）") << '\n';
        return NothingDone;
    }
    std::optional<EditTarget> target = openEditTarget(context, parser.positionalArguments(), true);
    if (!target)
        return NothingDone;
    WorkbookDocument& document = *target->document;
    const int school = target->school;
    const int row = target->row;
    QList<QPair<FieldAddress, QString>> addressed;
    for (const auto& [field, text] : typed)
        addressed.append({FieldAddress::of(school, row, field), text});
    return reportEdit(context, document.setFields(addressed, tr("修改证书行")),
                      tr("已修改“%1”第 %2 行").arg(document.workbook().schools[school].name).arg(row + 1));
}

// remove-row WORKBOOK SCHOOL ROW: ROW is the certificate or the row's number.
int runRemoveRow(Context& context)
{
    QCommandLineParser parser;
    addWorkbookAndSchool(parser);
    parser.addPositionalArgument(QStringLiteral("ROW"), tr("证书名称，或行号（1、2……）"));
    if (int exit = parseOptions(context, parser, commandNamed("remove-row"), 3, 3); exit >= 0)
        return exit;
    std::optional<EditTarget> target = openEditTarget(context, parser.positionalArguments(), true);
    if (!target)
        return NothingDone;
    WorkbookDocument& document = *target->document;
    const int school = target->school;
    const int row = target->row;
    const QString certificate = document.workbook().schools[school].rows[row].certificate;
    return reportEdit(context, document.removeRows(school, row, 1),
                      tr("已删除“%1”第 %2 行（%3）").arg(document.workbook().schools[school].name).arg(row + 1).arg(certificate));
}

} // namespace x1::cli
