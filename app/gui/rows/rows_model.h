#pragma once

#include "model/certificate_row.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace x1 {
class WorkbookDocument;
struct ChangeEvent;
} // namespace x1

namespace x1::gui {

// The certificate rows of one school, editable: every change goes to the document, which
// normalises and saves it; the model follows the document's change events one by one. It keeps
// a copy of the rows it shows, so that each insertion and removal is announced against the rows
// the views saw.
class RowsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Certificate, Junior, Intermediate, Senior, Majors, MajorCount, Students, Remark, ColumnCount };

    explicit RowsModel(WorkbookDocument* document, QObject* parent = nullptr);

    int school() const { return m_school; }
    void setSchool(int school);
    WorkbookDocument* document() const { return m_document; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The column that shows a finding's field (Finding::field), or -1.
    static int columnOfField(const QString& field);

signals:
    // An edit was refused; the reason names the file.
    void refused(const QString& message);

private:
    void documentChanged(const ChangeEvent& event);
    void reload();
    void collectFindings();
    QStringList levelsWith(const CertificateRow& row, int column, bool checked) const;

    WorkbookDocument* m_document;
    int m_school = -1;
    bool m_editable = false;
    QList<CertificateRow> m_rows;
    QHash<QPair<int, int>, QStringList> m_problems; // (row, column) -> "E05 …" messages
    QHash<QPair<int, int>, bool> m_hasError;
};

} // namespace x1::gui
