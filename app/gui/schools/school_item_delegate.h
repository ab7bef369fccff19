#pragma once

#include <QStyledItemDelegate>

namespace x1::gui {

// An entry of the schools list: its icon and name, and at the right its counts of errors (red)
// and unexplained warnings (amber), so that an office sees where the work is without opening
// each school.
class SchoolItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace x1::gui
