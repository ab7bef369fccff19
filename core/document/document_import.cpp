#include "document/document_import.h"

#include <QCoreApplication>

namespace x1 {

Result<MergeRun> importIntoDocument(WorkbookDocument& document, MergeRequestCore request, const Progress& progress)
{
    if (!document.isEditable() && !document.readOnlyReason().isEmpty())
        return Error{document.readOnlyReason()};
    request.targetPath = document.path();
    Workbook merged = document.workbook();
    MergeRun run = mergeFiles(merged, request, progress);
    if (run.outcome != MergeRun::Outcome::Merged || merged == document.workbook())
        return run;
    const QString text = QCoreApplication::translate("x1::WorkbookDocument", "导入 %1 个文件")
                             .arg(request.paths.size());
    if (Status stored = document.replaceWorkbook(merged, text); !stored)
        return stored.error();
    run.summary.written = true;
    return run;
}

} // namespace x1
