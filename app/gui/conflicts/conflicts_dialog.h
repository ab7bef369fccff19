#pragma once

#include <QDialog>

#include <memory>

class QTableWidget;
class QListWidget;

namespace Ui {
class ConflictsDialog;
}

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// 冲突: the schools whose sources disagree; for the one selected, its versions side by side (the
// file each came from and when it was read above each), the lines that differ highlighted, and
// 保留此版本 under each, which resolves the conflict as `x1apply-cli resolve` does, as one
// undoable edit. Follows the document: Undo brings a resolved conflict back into the list.
class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConflictsDialog(WorkbookDocument* document, QWidget* parent = nullptr);
    ~ConflictsDialog() override;

    QListWidget* schoolList() const;
    QTableWidget* versionsTable() const;
    // Keeps version `version` (a column) of the school selected; false when it was refused.
    bool keepVersion(int version);

signals:
    void refused(const QString& message);

private:
    void refresh();
    void showGroup();

    std::unique_ptr<Ui::ConflictsDialog> m_ui;
    WorkbookDocument* m_document;
};

} // namespace x1::gui
