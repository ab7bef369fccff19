#pragma once

#include "model/field_address.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class EvidenceDialog;
}

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// 试点条件…: the evidence of one certificate row for the ministry's conditions (team, 双师型 and
// expert shares shown live against 50 % and 20 %, enrolment per major, the yes/no conditions).
// 确定 stores every field in one edit (one undo step); a value the workbook cannot hold keeps
// the dialog open with the reason.
class EvidenceDialog : public QDialog {
    Q_OBJECT

public:
    EvidenceDialog(WorkbookDocument* document, int school, int row, QWidget* parent = nullptr);
    ~EvidenceDialog() override;

    void accept() override;

private:
    QList<QPair<RowField, QLineEdit*>> lineEdits() const;
    QList<QPair<RowField, QComboBox*>> answerCombos() const;
    void showShares();

    std::unique_ptr<Ui::EvidenceDialog> m_ui;
    WorkbookDocument* m_document;
    int m_school;
    int m_row;
};

} // namespace x1::gui
