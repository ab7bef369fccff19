#pragma once

#include "model/workbook.h"
#include "pdf/pdf_export.h"
#include "printout/printed_form.h"
#include "util/progress.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace x1 {

// What to export a workbook to: any of the printed form as XLSX and as PDF, and the JSON
// interchange file. An empty path leaves that format out.
struct ExportRequest {
    QString xlsx;
    QString pdf;
    QString json;
    bool withSelfCheck = true; // the XLSX's 条件自查 sheet
};

struct ExportOutcome {
    QString verificationCode; // of the printed form, as every page carries it
    int errors = 0;           // errors the checks found
    QString draftMark;        // on every page when the workbook is not 定稿; empty otherwise
    pdf::PdfFontsUsed fonts;  // when a PDF was written
    QStringList written;      // the files written, in the request's order
};

// The printed form of a workbook as every output carries it (export, preview, printer): with the
// draft mark of draftMarkOf until 定稿. `errors`, when given, receives the count of errors.
PrintedForm formToPrint(const Workbook& workbook, int* errors = nullptr);

// Exports a workbook all or nothing, for the console and the window alike:
// - every target is checked before any is written (its folder exists and can be written, it is
//   not a folder, no two targets are the same file);
// - each is written beside its target under a temporary name, and the temporary files are renamed
//   over the targets only when all were written; a failure or a cancel leaves no file behind and
//   every existing target as it was;
// - a workbook that is not 定稿 prints with the draft mark (draftMarkOf).
// Reports (done, total, file) as it goes, in hundredths of a target (a PDF moves page by page).
Result<ExportOutcome> exportWorkbook(const Workbook& workbook, const ExportRequest& request, const Progress& progress = {});

} // namespace x1
