#pragma once

#include "rows/rows_delegate.h"

namespace x1::gui {

// 证书: a combo of the catalogue's certificates. It stays editable, so that a spelling the
// catalogue knows (web前端, BIM) is typed and mapped, and an unknown one is kept for E04.
class CertificateDelegate : public RowsDelegate {
    Q_OBJECT

public:
    using RowsDelegate::RowsDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace x1::gui
