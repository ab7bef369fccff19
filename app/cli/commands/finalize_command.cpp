#include "../check_options.h"
#include "document/live_checks.h"
#include "../workbook_access.h"

#include "catalog/catalog.h"
#include "printout/printed_form.h"
#include "rules/check_engine.h"
#include "storage/workbook_file.h"
#include "util/clock.h"

#include <QDir>

namespace x1::cli {

namespace {

QString currentCode(const Workbook& workbook)
{
    return PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;
}

} // namespace

// 定稿: records the verification code and the time, once no error remains.
int runFinalize(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    if (int exit = parseOptions(context, parser, commandNamed("finalize"), 1, 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().first();
    if (std::optional<Workbook> read = openForReading(context, path); !read) {
        return NothingDone;
    } else if (read->finalisation.isFinal()) {
        context.err << tr("%1 已于 %2 定稿，无需再次定稿")
                           .arg(QDir::toNativeSeparators(path), read->finalisation.finalisedAt.toString(Qt::ISODate))
                    << '\n';
        context.out << QStringLiteral("校验码: %1").arg(read->finalisation.code) << '\n';
        return Done;
    }
    std::optional<Workbook> workbook = openForEditing(context, path);
    if (!workbook)
        return NothingDone;

    const QList<Finding> findings = checkWorkbook(*workbook, Catalog::builtIn(), standardCheckOptions());
    if (hasErrors(findings)) {
        const CheckSummary summary = CheckSummary::of(findings);
        context.err << tr("不能定稿：还有 %1 个错误，改正后再定稿").arg(summary.errors) << '\n';
        for (const Finding& finding : findings) {
            if (finding.isError())
                context.err << "  " << describeFinding(finding) << '\n';
        }
        return Reservations;
    }
    const QString code = currentCode(*workbook);
    workbook->finalisation = {code, Clock::now(), false};
    if (!save(context, path, *workbook))
        return NothingDone;
    context.err << tr("已定稿 %1；修改前须先取消定稿（x1apply-cli reopen）").arg(QDir::toNativeSeparators(path)) << '\n';
    context.out << QStringLiteral("校验码: %1").arg(code) << '\n';
    return Done;
}

// 取消定稿: allows edits again; W09 then reports any change against the sealed code.
int runReopen(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    if (int exit = parseOptions(context, parser, commandNamed("reopen"), 1, 1); exit >= 0)
        return exit;
    const QString path = parser.positionalArguments().first();
    if (!lockForWriting(context, path))
        return NothingDone;
    std::optional<Workbook> workbook = openForReading(context, path);
    if (!workbook)
        return NothingDone;
    if (!workbook->finalisation.isFinal()) {
        context.err << tr("%1 没有定稿，无需取消定稿").arg(QDir::toNativeSeparators(path)) << '\n';
        return NothingDone;
    }
    workbook->finalisation.reopened = true;
    if (!save(context, path, *workbook))
        return NothingDone;
    context.err << tr("已取消定稿 %1（定稿时的校验码 %2）；内容改动后，检查会以 W09 提示，直到再次定稿")
                       .arg(QDir::toNativeSeparators(path), workbook->finalisation.code)
                << '\n';
    return Done;
}

} // namespace x1::cli
