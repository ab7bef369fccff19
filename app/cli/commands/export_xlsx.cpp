#include "../command.h"

#include "catalog/catalog.h"
#include "printout/printed_form.h"
#include "model/workbook.h"
#include "xlsx/form_xlsx_writer.h"

#include <QDir>

namespace x1::cli {

bool exportXlsx(Context& context, const Workbook& workbook, const PrintedForm& form, const QString& path,
                bool withSelfCheck)
{
    if (Status status = exportFormXlsx(path, workbook, form, Catalog::builtIn(), withSelfCheck); !status) {
        context.err << status.message() << '\n';
        return false;
    }
    context.err << tr("已导出 %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return true;
}

} // namespace x1::cli
