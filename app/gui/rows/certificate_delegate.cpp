#include "certificate_delegate.h"

#include "catalog/catalog.h"

#include <QComboBox>

namespace x1::gui {

QWidget* CertificateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("certificateEditor"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const CertificateInfo& certificate : Catalog::builtIn().certificates())
        combo->addItem(certificate.name);
    // A choice made with the mouse is the end of the edit.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<CertificateDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo, QAbstractItemDelegate::EditNextItem);
    });
    return combo;
}

void CertificateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    const int position = combo->findText(value);
    if (position >= 0)
        combo->setCurrentIndex(position);
    else
        combo->setEditText(value);
}

void CertificateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const QString text = static_cast<QComboBox*>(editor)->currentText();
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text);
}

} // namespace x1::gui
