#include "../command.h"

#include "catalog/catalog.h"
#include "layout/printed_form.h"
#include "model/workbook.h"
#include "rules/check_engine.h"
#include "xlsx/form_xlsx_writer.h"

#include <QDir>

namespace x1::cli {

bool exportXlsx(Context& context, const Workbook& workbook, const QString& path)
{
    const Catalog& catalog = Catalog::builtIn();
    const PrintedForm form = PrintedForm::of(workbook, catalog);
    const FormProfile* profile = catalog.profile(workbook.header.profileId);
    FormXlsxContent content{form, workbook, profile ? profile->applicationYear : workbook.header.fillDate.year(), {}, true};
    CheckOptions options;
    options.currentCode = form.verificationCode;
    for (const Finding& finding : checkWorkbook(workbook, catalog, options))
        content.findings.append({finding.schoolIndex, finding.rowIndex, finding.code, finding.message,
                                 finding.explained ? finding.explanation : QString()});
    if (Status status = writeFormXlsx(path, content); !status) {
        context.err << status.message() << '\n';
        return false;
    }
    context.err << tr("已导出 %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return true;
}

} // namespace x1::cli
