#include "reference_dialog.h"

#include "reference/ui_reference_dialog.h"

#include "common/table_copy.h"

#include "catalog/catalog.h"

#include <QHeaderView>

namespace x1::gui {

ReferenceDialog::ReferenceDialog(const Catalog& catalog, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReferenceDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("referenceDialog"));
    QStringList levels;
    for (const CertificateInfo& certificate : catalog.certificates()) {
        for (auto it = certificate.majorsByLevel.cbegin(); it != certificate.majorsByLevel.cend(); ++it) {
            if (!levels.contains(it.key()))
                levels << it.key();
        }
    }
    QStringList headers{tr("证书"), tr("培训评价组织"), tr("联系方式")};
    for (const QString& level : levels)
        headers << tr("面向专业（%1）").arg(level);
    QTableWidget* table = m_ui->referenceTable;
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(catalog.certificates().size()));
    for (int row = 0; row < catalog.certificates().size(); ++row) {
        const CertificateInfo& certificate = catalog.certificates()[row];
        const OrganisationContact& contact = certificate.contact;
        QStringList contacts;
        const QPair<QString, QString> parts[] = {{tr("电话"), contact.phone}, {tr("传真"), contact.fax}, {tr("邮箱"), contact.email},
                                                 {tr("地址"), contact.address}, {tr("邮编"), contact.postcode}};
        for (const auto& [caption, value] : parts) {
            if (!value.isEmpty())
                contacts << caption + tr("：") + value;
        }
        table->setItem(row, 0, new QTableWidgetItem(certificate.name));
        table->setItem(row, 1, new QTableWidgetItem(certificate.organisation));
        table->setItem(row, 2, new QTableWidgetItem(contacts.join(u'\n')));
        for (int l = 0; l < levels.size(); ++l)
            table->setItem(row, 3 + l, new QTableWidgetItem(certificate.majorsByLevel.value(levels[l]).join(tr("、"))));
    }
    for (int column = 0; column < table->columnCount(); ++column)
        table->setColumnWidth(column, column < 2 ? 170 : 220);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    installCopyShortcut(table);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
}

ReferenceDialog::~ReferenceDialog() = default;

QTableWidget* ReferenceDialog::referenceTable() const
{
    return m_ui->referenceTable;
}

} // namespace x1::gui
