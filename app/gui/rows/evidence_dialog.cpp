#include "evidence_dialog.h"

#include "rows/ui_evidence_dialog.h"

#include "common/message_box.h"
#include "document/workbook_document.h"
#include "normalize/field_values.h"
#include "printout/printed_form.h"

#include <QPushButton>

namespace x1::gui {

EvidenceDialog::EvidenceDialog(WorkbookDocument* document, int school, int row, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EvidenceDialog>()), m_document(document), m_school(school), m_row(row)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("确定"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EvidenceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const Workbook& workbook = document->workbook();
    const CertificateRow& shown = workbook.schools.at(school).rows.at(row);
    m_ui->rowLabel->setText(workbook.schools.at(school).name + QStringLiteral("　") + printedCertificate(shown));
    m_ui->enrolmentEdit->setPlaceholderText(shown.majors.isEmpty()
                                                ? QString()
                                                : shown.majors.first() + QStringLiteral("=45/50/52"));
    for (const auto& [field, edit] : lineEdits())
        edit->setText(fieldText(workbook, FieldAddress::of(school, row, field)));
    for (const auto& [field, combo] : answerCombos()) {
        combo->addItems({QString(), yesText(), noText()});
        combo->setCurrentText(fieldText(workbook, FieldAddress::of(school, row, field)));
    }
    for (QLineEdit* edit : {m_ui->teamSizeEdit, m_ui->dualEdit, m_ui->expertsEdit})
        connect(edit, &QLineEdit::textChanged, this, &EvidenceDialog::showShares);
    showShares();
}

EvidenceDialog::~EvidenceDialog() = default;

QList<QPair<RowField, QLineEdit*>> EvidenceDialog::lineEdits() const
{
    return {{RowField::TeamSize, m_ui->teamSizeEdit},         {RowField::DualQualified, m_ui->dualEdit},
            {RowField::IndustryExperts, m_ui->expertsEdit},   {RowField::Enrolment, m_ui->enrolmentEdit},
            {RowField::TrainingDetail, m_ui->trainingDetailEdit}, {RowField::ResourcesDetail, m_ui->resourcesDetailEdit},
            {RowField::FacilitiesDetail, m_ui->facilitiesDetailEdit},
            {RowField::ManagementDetail, m_ui->managementDetailEdit}};
}

QList<QPair<RowField, QComboBox*>> EvidenceDialog::answerCombos() const
{
    return {{RowField::TrainingAnswer, m_ui->trainingCombo},
            {RowField::ResourcesAnswer, m_ui->resourcesCombo},
            {RowField::FacilitiesAnswer, m_ui->facilitiesCombo},
            {RowField::ManagementAnswer, m_ui->managementCombo}};
}

// The shares of condition 3 as typed, before they are stored.
void EvidenceDialog::showShares()
{
    const std::optional<int> team = parseCount(m_ui->teamSizeEdit->text());
    if (!team || *team <= 0) {
        m_ui->sharesLabel->setText(tr("填写团队人数后显示双师型和专家占比"));
        m_ui->sharesLabel->setStyleSheet(QString());
        return;
    }
    const auto share = [&](const QString& text) { return parseCount(text).value_or(0) * 100.0 / *team; };
    const double dual = share(m_ui->dualEdit->text());
    const double experts = share(m_ui->expertsEdit->text());
    m_ui->sharesLabel->setText(tr("双师型 %1%（应不低于 50%）· 行业企业专家 %2%（应不低于 20%）")
                                   .arg(dual, 0, 'f', 0)
                                   .arg(experts, 0, 'f', 0));
    const bool low = dual < 50 || experts < 20;
    m_ui->sharesLabel->setStyleSheet(low ? QStringLiteral("color: #b9770e;") : QStringLiteral("color: #1e8449;"));
}

void EvidenceDialog::accept()
{
    QList<QPair<FieldAddress, QString>> typed;
    for (const auto& [field, edit] : lineEdits())
        typed.append({FieldAddress::of(m_school, m_row, field), edit->text()});
    for (const auto& [field, combo] : answerCombos())
        typed.append({FieldAddress::of(m_school, m_row, field), combo->currentText()});
    if (Status status = m_document->setFields(typed, tr("修改试点条件")); !status) {
        MessageBox::warning(this, tr("无法保存试点条件"), status.message());
        return;
    }
    QDialog::accept();
}

} // namespace x1::gui
