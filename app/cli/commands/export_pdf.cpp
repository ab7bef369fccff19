#include "../command.h"

#include "catalog/catalog.h"
#include "layout/printed_form.h"
#include "model/workbook.h"
#include "pdf/pdf_export.h"

#include <QDir>

namespace x1::cli {

bool exportPdf(Context& context, const Workbook& workbook, const QString& path)
{
    if (Status status = pdf::writeFormPdf(PrintedForm::of(workbook, Catalog::builtIn()), path); !status) {
        context.err << status.message() << '\n';
        return false;
    }
    context.err << tr("已导出 %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return true;
}

} // namespace x1::cli
