// The comparison behind 核对纸质件 (core/printout/code_check.h), as `x1apply-cli verify` makes it.
#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "printout/code_check.h"
#include "printout/printed_form.h"

using namespace x1;
using namespace x1::test;

TEST_CASE("a typed code is compared with the workbook now and with its last 定稿", "[print][verify]")
{
    Workbook workbook = sampleWorkbook(2, 2);
    const QString now = PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;

    const CodeCheck match = checkVerificationCode(workbook, QString(now).remove(u'-').toLower());
    CHECK(match.answer == CodeCheck::Answer::Match);
    CHECK(match.typed == now);
    CHECK(match.current == now);
    CHECK(match.finalised.isEmpty());

    const CodeCheck other = checkVerificationCode(workbook, QStringLiteral("X1-0000-0000-0000"));
    CHECK(other.answer == CodeCheck::Answer::NoMatch);
    CHECK(other.typed == QStringLiteral("X1-0000-0000-0000"));
    CHECK_FALSE(other.paperIsLastFinalised);

    CHECK(checkVerificationCode(workbook, QStringLiteral("不是校验码")).answer == CodeCheck::Answer::NotACode);
    CHECK(checkVerificationCode(workbook, QString()).answer == CodeCheck::Answer::NotACode);

    // Sealed, reopened and changed: the paper's code is the last 定稿's, no longer the workbook's.
    workbook.finalisation = {now, QDateTime(QDate(2019, 4, 22), QTime(10, 0)), true};
    workbook.schools[0].rows[0].students = QStringLiteral("99");
    const CodeCheck sealed = checkVerificationCode(workbook, now);
    CHECK(sealed.answer == CodeCheck::Answer::NoMatch);
    CHECK(sealed.finalised == now);
    CHECK(sealed.current != now);
    CHECK(sealed.paperIsLastFinalised);
}
