#pragma once

#include "document/workbook_document.h"
#include "merge/merge_files.h"

namespace x1 {

// Imports files into an open document (导入/汇总): reads and merges them off the document's
// state, then stores the result as one undoable edit in one transaction. A cancelled import, or
// one that merged nothing, leaves the document and its file exactly as they were. The request's
// target is the document's own file.
Result<MergeRun> importIntoDocument(WorkbookDocument& document, MergeRequestCore request, const Progress& progress = {});

} // namespace x1
