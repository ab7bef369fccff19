#pragma once

#include "merge/merge_summary.h"

#include <QDialog>

#include <memory>

class QTableWidget;

namespace Ui {
class ImportSummaryDialog;
}

namespace x1::gui {

// After an import: schools added, identical duplicates folded, conflicts, the files refused with
// their reasons, and every cell not understood (file, sheet, cell, text, reason) in a table that
// Ctrl+C copies as tab-separated text and 另存为 writes as CSV.
class ImportSummaryDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const MergeSummary& summary, QWidget* parent = nullptr);
    ~ImportSummaryDialog() override;

    QString summaryText() const;
    QTableWidget* cellsTable() const;
    QTableWidget* refusedTable() const;
    // Writes the table of cells not understood as CSV; false when it could not.
    bool saveCells(const QString& path);

private:
    void saveChosen();

    std::unique_ptr<Ui::ImportSummaryDialog> m_ui;
};

} // namespace x1::gui
