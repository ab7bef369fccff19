#pragma once

#include "rules/finding.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FinalizeDialog;
}

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// 定稿…: refuses while errors remain and lists them (click one to go to its field), as the
// console's finalize does; otherwise asks, seals through the document and shows the verification
// code that the printed copy carries, large, with 复制.
class FinalizeDialog : public QDialog {
    Q_OBJECT

public:
    enum class State { Blocked, Confirm, Done };

    FinalizeDialog(WorkbookDocument* document, QWidget* parent = nullptr);
    ~FinalizeDialog() override;

    State state() const { return m_state; }
    QString code() const;
    // 定稿 (the button): false, with the reason shown, when the document refused.
    bool finalize();

signals:
    void findingActivated(const x1::Finding& finding);

private:
    void showState(State state);

    std::unique_ptr<Ui::FinalizeDialog> m_ui;
    WorkbookDocument* m_document;
    QList<Finding> m_errors;
    State m_state = State::Confirm;
};

} // namespace x1::gui
