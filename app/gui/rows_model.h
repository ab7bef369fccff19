#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace x1 {
class WorkbookDocument;
struct ChangeEvent;
}

namespace x1::gui {

// The printed rows of a workbook, one per (school, certificate), read-only for now.
// A thin adapter over the document's change signal.
class RowsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setDocument(WorkbookDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    WorkbookDocument* m_document = nullptr;
    QList<QPair<int, int>> m_rows; // (school index, row index)
};

} // namespace x1::gui
