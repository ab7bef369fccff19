#pragma once

#include "util/result.h"

class QPrinter;

namespace x1::pdf {
class FormPages;
}

namespace x1::gui {

// The printer's page as the form needs it: A4 landscape, the whole sheet addressable (the form
// keeps its own margins). Set before the print dialog and again after it, so that the clerk can
// choose the printer and copies but not another paper.
void lockToFormPage(QPrinter& printer);

// Prints the pages of the form (the range the print dialog chose, or all) with the painter of the
// PDF, scaled from points to the printer's resolution.
Status printPages(const pdf::FormPages& pages, QPrinter& printer);

} // namespace x1::gui
