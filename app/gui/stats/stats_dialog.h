#pragma once

#include "stats/workbook_stats.h"

#include <QDialog>

#include <memory>

class QChartView;
class QTableWidget;

namespace Ui {
class StatsDialog;
}

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// 统计: the figures of `x1apply-cli stats` — by certificate × level, by 学校类型, by 市（州） — as
// tables and as a chart of the table shown, with the concentration figure (W07) and the number of
// W08 findings. The chart can be saved as PNG. Follows the document.
class StatsDialog : public QDialog {
    Q_OBJECT

public:
    enum class Table { Certificates, SchoolTypes, Cities };

    explicit StatsDialog(WorkbookDocument* document, QWidget* parent = nullptr);
    ~StatsDialog() override;

    const WorkbookStats& stats() const { return m_stats; }
    QTableWidget* table(Table which) const;
    void showTable(Table which);
    QString totalsText() const;
    QString concentrationText() const;
    QChartView* chartView() const { return m_chart; }
    bool saveChart(const QString& path) const;

private:
    void refresh();
    void showChart();
    void saveChosen();

    std::unique_ptr<Ui::StatsDialog> m_ui;
    WorkbookDocument* m_document;
    WorkbookStats m_stats;
    QChartView* m_chart = nullptr;
};

} // namespace x1::gui
