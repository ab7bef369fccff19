#include "../workbook_access.h"

#include "printout/code_check.h"
#include "printout/printed_form.h"

namespace x1::cli {

// Checks a workbook against a code typed from a sealed paper copy (docs/verification-code.md).
int runVerify(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("CODE"), tr("纸质件上的校验码，可省略 X1- 和连字符，不区分大小写"));
    if (int exit = parseOptions(context, parser, commandNamed("verify"), 2, 2); exit >= 0)
        return exit;

    const QString typed = parser.positionalArguments().at(1);
    if (normaliseVerificationCode(typed).isEmpty()) {
        context.err << tr("“%1”不是有效的校验码（应为 X1-XXXX-XXXX-XXXX）").arg(typed) << '\n';
        return NothingDone;
    }
    const std::optional<Workbook> workbook = openForReading(context, parser.positionalArguments().first());
    if (!workbook)
        return NothingDone;

    // The same comparison as the window's 核对纸质件.
    const CodeCheck check = checkVerificationCode(*workbook, typed);
    if (check.answer == CodeCheck::Answer::Match) {
        context.err << tr("校验码一致：%1").arg(check.current) << '\n';
        return Done;
    }
    context.err << tr("校验码不一致：纸质件为 %1，工作簿当前为 %2").arg(check.typed, check.current) << '\n';
    if (check.paperIsLastFinalised)
        context.err << tr("该校验码是此工作簿定稿时的校验码；定稿后内容已被修改。") << '\n';
    return Reservations;
}

} // namespace x1::cli
