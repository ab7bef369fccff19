#pragma once

#include <QAbstractListModel>
#include <QList>

namespace x1 {
class WorkbookDocument;
struct ChangeEvent;
} // namespace x1

namespace x1::gui {

// The schools of a workbook, one entry per school in stored order, with an icon for its errors
// or warnings, or its conflict. A thin adapter over the document's change events: it keeps the little it shows,
// so that each insertion and removal is announced as one.
class SchoolsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ErrorCountRole = Qt::UserRole + 1,
        WarningCountRole,
        ConflictRole, // the school's sources disagree (E13)
        CityRole,
        TypeRole,
        CityOrderRole,
        ProblemsRole
    };

    explicit SchoolsModel(WorkbookDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QString name, type, city;
        int errors = 0, warnings = 0;
        bool conflict = false;
    };

    Entry entryOf(int school) const;
    void documentChanged(const ChangeEvent& event);
    void countFindings();

    WorkbookDocument* m_document;
    QList<Entry> m_entries;
};

} // namespace x1::gui
