#pragma once

#include "rules/finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// Every error and warning of the workbook (code, school, certificate, message), read again
// each time the document has re-checked.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, School, Certificate, Message, ColumnCount };

    explicit FindingsModel(WorkbookDocument* document, QObject* parent = nullptr);

    const Finding& finding(int row) const { return m_findings.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    WorkbookDocument* m_document;
    QList<Finding> m_findings;
};

} // namespace x1::gui
