#pragma once

#include <QStyledItemDelegate>

namespace x1::gui {

// The editors of the certificate-row table: Enter stores what was typed and goes on to the next
// cell, as Tab does (as in a spreadsheet), instead of leaving the clerk on the same cell.
class RowsDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};

} // namespace x1::gui
