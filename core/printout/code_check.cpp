#include "printout/code_check.h"

#include "catalog/catalog.h"
#include "printout/printed_form.h"

namespace x1 {

CodeCheck checkVerificationCode(const Workbook& workbook, const QString& typed)
{
    CodeCheck check;
    check.typed = normaliseVerificationCode(typed);
    check.current = PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;
    check.finalised = workbook.finalisation.code;
    if (check.typed.isEmpty())
        return check;
    check.answer = check.typed == check.current ? CodeCheck::Answer::Match : CodeCheck::Answer::NoMatch;
    check.paperIsLastFinalised = check.answer == CodeCheck::Answer::NoMatch && check.typed == check.finalised;
    return check;
}

} // namespace x1
