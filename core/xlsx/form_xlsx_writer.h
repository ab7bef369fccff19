#pragma once

#include "printout/printed_form.h"
#include "rules/finding.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace x1 {

class Catalog;

// One finding of the checks as the 条件自查 sheet shows it, beside the row it concerns.
struct SelfCheckFinding {
    int schoolIndex = -1; // into Workbook::schools; -1 for the whole workbook
    int rowIndex = -1;    // into School::rows; -1 for the school as a whole
    QString code;         // E06, W03 …
    QString message;
    QString explanation;  // empty when not (yet) explained
};

// What the XLSX holds: the printed form (sheet 1, ready to print and seal) and, unless left out,
// the condition self-check (sheet 2, not covered by the verification code).
struct FormXlsxContent {
    const PrintedForm& form;
    const Workbook& workbook;
    int applicationYear = 0; // the evidence's three enrolment years end the year before
    // The findings for the 条件自查 sheet, called on another core while the form is written;
    // none (an empty function) leaves the sheet out.
    std::function<QList<SelfCheckFinding>()> findings;
};

// Writes the XLSX; the target file is replaced only when the whole file was written.
Status writeFormXlsx(const QString& path, const FormXlsxContent& content);

// What `export --xlsx` and the program's export do: the checks for the 条件自查 sheet (unless left
// out; `findings` when they were made already), then writeFormXlsx.
Status exportFormXlsx(const QString& path, const Workbook& workbook, const PrintedForm& form, const Catalog& catalog,
                      bool withSelfCheck = true, const QList<Finding>* findings = nullptr);

} // namespace x1
