#include "../command.h"

#include "model/workbook.h"

namespace x1::cli {

bool exportXlsx(Context& context, const Workbook& workbook, const QString& path)
{
    Q_UNUSED(workbook);
    Q_UNUSED(path);
    context.err << tr("--xlsx 导出在此版本中尚未提供。") << '\n';
    return false;
}

} // namespace x1::cli
