#pragma once

#include "rows/rows_delegate.h"

namespace x1::gui {

class RowsModel;

// 专业: free text (majors separated by 、), with a completer offering the 面向专业 of the row's
// certificate for the school's level. A major not offered is still accepted; W01 then names it.
class MajorsDelegate : public RowsDelegate {
    Q_OBJECT

public:
    MajorsDelegate(const RowsModel* model, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QStringList offeredMajors(int row) const;

    const RowsModel* m_model;
};

} // namespace x1::gui
