#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QTableView;

namespace Ui {
class RowsPanel;
}

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

class RowsModel;

// The certificate rows of the selected school, with the row actions: 新增证书行 (Ctrl+Enter),
// 删除证书行 (Delete) and 粘贴为新行 (Ctrl+V, Ctrl+Shift+V: tab-separated text from Excel/WPS).
class RowsPanel : public QWidget {
    Q_OBJECT

public:
    RowsPanel(WorkbookDocument* document, QWidget* parent = nullptr);
    ~RowsPanel() override;

    void setSchool(int school);
    RowsModel* model() const { return m_model; }
    QTableView* view() const;
    QAction* addRowAction() const { return m_addRow; }
    QAction* removeRowsAction() const { return m_removeRows; }
    QAction* pasteAction() const { return m_paste; }
    QAction* evidenceAction() const { return m_evidence; }

    void addRow();
    void removeSelectedRows();
    void pasteRows();
    // 试点条件…: the evidence of the current row, in a dialog that does not block.
    void editEvidence();
    // Selects the cell of a finding: `column` as RowsModel::Column.
    void selectCell(int row, int column);

signals:
    void refused(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys);
    void updateActions();

    std::unique_ptr<Ui::RowsPanel> m_ui;
    WorkbookDocument* m_document;
    RowsModel* m_model;
    QAction* m_addRow;
    QAction* m_removeRows;
    QAction* m_paste;
    QAction* m_evidence;
};

} // namespace x1::gui
