#include "explain_dialog.h"

#include "findings/ui_explain_dialog.h"

#include "common/message_box.h"
#include "document/workbook_document.h"
#include "rules/explanations.h"
#include "rules/rule_book.h"

#include <QPushButton>

namespace x1::gui {

ExplainDialog::ExplainDialog(WorkbookDocument* document, const Finding& finding, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExplainDialog>()), m_document(document), m_finding(finding)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("确定"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    m_ui->findingLabel->setText(finding.code + u' ' + finding.message);
    m_ui->explanationEdit->setPlainText(finding.explanation);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExplainDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->explanationEdit, &QPlainTextEdit::textChanged, this, &ExplainDialog::update);
    update();
}

ExplainDialog::~ExplainDialog() = default;

void ExplainDialog::update()
{
    const QString text = m_ui->explanationEdit->toPlainText();
    const int minimum = RuleBook::builtIn().explanationMinLength();
    const bool acceptable = text.trimmed().isEmpty() || isAcceptableExplanation(text, RuleBook::builtIn());
    m_ui->lengthHint->setText(tr("已写 %1 个字，至少 %2 个字；清空则删除说明").arg(explanationLength(text)).arg(minimum));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
}

void ExplainDialog::accept()
{
    if (Status status = m_document->explain(m_finding.identity(), m_ui->explanationEdit->toPlainText()); !status) {
        MessageBox::warning(this, tr("无法保存说明"), status.message());
        return;
    }
    QDialog::accept();
}

} // namespace x1::gui
