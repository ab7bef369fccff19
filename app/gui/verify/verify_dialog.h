#pragma once

#include "printout/code_check.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VerifyDialog;
}

namespace x1 {
struct Workbook;
}

namespace x1::gui {

// 核对纸质件: a code typed or scanned from a sealed paper, compared with the open workbook as
// `x1apply-cli verify` compares it (core checkVerificationCode); the answer in words and colour
// (green: match; red: no match, with the codes compared).
class VerifyDialog : public QDialog {
    Q_OBJECT

public:
    VerifyDialog(const Workbook& workbook, QWidget* parent = nullptr);
    ~VerifyDialog() override;

    // 核对 (the button, or Enter in the field).
    void check();
    const CodeCheck& lastCheck() const { return m_check; }
    QString answerText() const;

private:
    std::unique_ptr<Ui::VerifyDialog> m_ui;
    const Workbook& m_workbook;
    CodeCheck m_check;
};

} // namespace x1::gui
