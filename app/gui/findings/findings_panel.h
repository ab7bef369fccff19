#pragma once

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class FindingsPanel;
}

namespace x1 {
class WorkbookDocument;
struct Finding;
} // namespace x1

namespace x1::gui {

class FindingsModel;

// The findings pane: every error and warning; double-click or 定位 goes to the field.
class FindingsPanel : public QWidget {
    Q_OBJECT

public:
    FindingsPanel(WorkbookDocument* document, QWidget* parent = nullptr);
    ~FindingsPanel() override;

    QTableView* view() const;
    FindingsModel* model() const { return m_model; }
    // Selects the next (or previous) finding after the selected one and goes to it (F8).
    void goToNext(int step);
    // 说明…: opens the explanation of the selected warning (without blocking).
    void explainSelected();

signals:
    void findingActivated(const x1::Finding& finding);

private:
    void activate(const QModelIndex& index);
    void updateButtons();

    std::unique_ptr<Ui::FindingsPanel> m_ui;
    WorkbookDocument* m_document;
    FindingsModel* m_model;
};

} // namespace x1::gui
