#pragma once

#include "stats/workbook_stats.h"

class QChart;

namespace x1 {
class Catalog;
}

namespace x1::gui {

// The charts of the statistics view, drawn from the same figures as its tables.
QChart* certificateChart(const WorkbookStats& stats, const Catalog& catalog);
QChart* schoolTypeChart(const WorkbookStats& stats);
QChart* cityChart(const WorkbookStats& stats);

} // namespace x1::gui
