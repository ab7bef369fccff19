#pragma once

#include "i18n/language.h"
#include "model/workbook.h"
#include "rules/finding.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace x1 {

class Catalog;
class RuleBook;

struct CheckOptions {
    // W09 needs the verification code of what the workbook would print now; the code is computed
    // by the printed form (core/layout). Give it precomputed, or give a function that computes it
    // (called only for a reopened workbook). Without either, W09 does not fire.
    QString currentCode;
    std::function<QString(const Workbook&)> computeCurrentCode;
    // The language of the messages; the program's current language when not given.
    std::optional<Language> language;
    // The rules' data; the built-in rules when null.
    const RuleBook* rules = nullptr;
};

// Runs every check of DOMAIN.md on `workbook` and returns the findings in printed order: the
// workbook's own (header E10/E11, then W07, W09), then each school in stored order with its own
// findings (E01, E02/E03, E14, E13, W05, W08) followed by its rows' in row order. Warnings whose
// identity has an explanation of the minimum length in `workbook.explanations` come back
// explained.
QList<Finding> checkWorkbook(const Workbook& workbook, const Catalog& catalog, const CheckOptions& options = {});

// The two parts of checkWorkbook, for re-checking only what an edit touched: the workbook's own
// findings (its header's, W07, W09, E15) and one school's (its own, then its rows'), each with
// explanations attached. checkWorkbook is the first followed by every school's.
QList<Finding> checkWorkbookItself(const Workbook& workbook, const Catalog& catalog, const CheckOptions& options = {});
QList<Finding> checkSchoolAt(const Workbook& workbook, int schoolIndex, const Catalog& catalog,
                             const CheckOptions& options = {});

// True when the findings hold an error: a copy cannot be finalised then.
bool hasErrors(const QList<Finding>& findings);

} // namespace x1
