#include "verify_dialog.h"

#include "verify/ui_verify_dialog.h"

#include "model/workbook.h"

namespace x1::gui {

VerifyDialog::VerifyDialog(const Workbook& workbook, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VerifyDialog>()), m_workbook(workbook)
{
    m_ui->setupUi(this);
    m_ui->answerLabel->hide();
    connect(m_ui->checkButton, &QPushButton::clicked, this, &VerifyDialog::check);
    connect(m_ui->codeEdit, &QLineEdit::returnPressed, this, &VerifyDialog::check);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

VerifyDialog::~VerifyDialog() = default;

QString VerifyDialog::answerText() const
{
    return m_ui->answerLabel->text();
}

void VerifyDialog::check()
{
    const QString typed = m_ui->codeEdit->text().trimmed();
    m_check = checkVerificationCode(m_workbook, typed);
    QString text;
    QString colour;
    switch (m_check.answer) {
    case CodeCheck::Answer::NotACode:
        text = tr("“%1”不是有效的校验码（应为 X1-XXXX-XXXX-XXXX）。").arg(typed);
        colour = QStringLiteral("#8a5a00; background: #fff4d6");
        break;
    case CodeCheck::Answer::Match:
        text = tr("✔ 一致：纸质件与此工作簿当前的内容相符。") + u'\n' + tr("校验码：%1").arg(m_check.current);
        colour = QStringLiteral("#106010; background: #e3f5e3");
        break;
    case CodeCheck::Answer::NoMatch: {
        QStringList lines;
        lines << tr("✘ 不一致：纸质件与此工作簿当前的内容不符。");
        lines << tr("纸质件上的校验码：%1").arg(m_check.typed);
        lines << tr("工作簿当前的校验码：%1").arg(m_check.current);
        lines << (m_check.finalised.isEmpty() ? tr("最近一次定稿时的校验码：（从未定稿）")
                                              : tr("最近一次定稿时的校验码：%1").arg(m_check.finalised));
        if (m_check.paperIsLastFinalised)
            lines << tr("纸质件是最近一次定稿时的内容；定稿后工作簿已被修改。");
        text = lines.join(u'\n');
        colour = QStringLiteral("#a00000; background: #fbe3e3");
        break;
    }
    }
    m_ui->answerLabel->setText(text);
    m_ui->answerLabel->setStyleSheet(QStringLiteral("color: %1; padding: 8px; font-size: 12pt;").arg(colour));
    m_ui->answerLabel->show();
}

} // namespace x1::gui
