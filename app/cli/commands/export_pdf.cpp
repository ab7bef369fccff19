#include "../command.h"

#include "layout/printed_form.h"
#include "pdf/pdf_export.h"

#include <QDir>

namespace x1::cli {

bool exportPdf(Context& context, const PrintedForm& form, const QString& path)
{
    if (Status status = pdf::writeFormPdf(form, path); !status) {
        context.err << status.message() << '\n';
        return false;
    }
    context.err << tr("已导出 %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return true;
}

} // namespace x1::cli
