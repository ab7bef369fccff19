#include "../command.h"

#include "document/workbook_document.h"
#include "normalize/text.h"

#include <QDir>

namespace x1::cli {

namespace {

// The school named by its 学校标识码 or its name; -1 (with the reason on err) when none or several.
int schoolNamed(Context& context, const WorkbookDocument& document, const QString& named)
{
    QList<int> found;
    const QList<School>& schools = document.workbook().schools;
    for (int i = 0; i < schools.size(); ++i) {
        if (schools[i].schoolCode == named.trimmed() || schoolNameKey(schools[i].name) == schoolNameKey(named))
            found << i;
    }
    if (found.size() == 1)
        return found.first();
    context.err << (found.isEmpty() ? tr("%1：没有名称或学校标识码为“%2”的学校")
                                    : tr("%1：有多所学校名为“%2”，请用学校标识码指明"))
                       .arg(QDir::toNativeSeparators(document.path()), named)
                << '\n';
    return -1;
}

std::unique_ptr<WorkbookDocument> openForEdit(Context& context, const QString& path)
{
    Result<std::unique_ptr<WorkbookDocument>> opened = WorkbookDocument::open(path);
    if (!opened) {
        context.err << opened.message() << '\n';
        return nullptr;
    }
    if (!(*opened)->readOnlyReason().isEmpty()) {
        context.err << (*opened)->readOnlyReason() << '\n';
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace

// remove-school WORKBOOK SCHOOL: one transaction; the other schools and rows stay as they are.
int runRemoveSchool(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("SCHOOL"), tr("学校名称或学校标识码"));
    if (int exit = parseOptions(context, parser, commandNamed("remove-school"), 2, 2); exit >= 0)
        return exit;
    std::unique_ptr<WorkbookDocument> document = openForEdit(context, parser.positionalArguments().at(0));
    if (!document)
        return NothingDone;
    const int index = schoolNamed(context, *document, parser.positionalArguments().at(1));
    if (index < 0)
        return NothingDone;
    const QString name = document->workbook().schools[index].name;
    if (Status removed = document->removeSchool(index); !removed) {
        context.err << removed.message() << '\n';
        return NothingDone;
    }
    context.err << tr("已删除学校“%1”").arg(name) << '\n';
    return Done;
}

} // namespace x1::cli
