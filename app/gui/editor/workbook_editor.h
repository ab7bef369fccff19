#pragma once

#include <QWidget>

namespace x1 {
class WorkbookDocument;
struct Finding;
} // namespace x1

namespace x1::gui {

class HeaderBar;
class RowsPanel;
class SchoolDetails;
class SchoolsPanel;

// The editing area of one workbook: the header at the top, the schools on the left, the selected
// school's details and certificate rows on the right. It keeps the three showing the same school
// and goes to the field of a finding.
class WorkbookEditor : public QWidget {
    Q_OBJECT

public:
    WorkbookEditor(WorkbookDocument* document, QWidget* parent = nullptr);

    HeaderBar* headerBar() const { return m_header; }
    SchoolsPanel* schoolsPanel() const { return m_schools; }
    SchoolDetails* schoolDetails() const { return m_details; }
    RowsPanel* rowsPanel() const { return m_rows; }

    void addSchool();
    void removeSchool();
    void goTo(const Finding& finding);

signals:
    void refused(const QString& message);
    void saveAsRequested();

private:
    void showSchool(int school);
    void updateSchoolsVisibility();

    WorkbookDocument* m_document;
    HeaderBar* m_header;
    SchoolsPanel* m_schools;
    SchoolDetails* m_details;
    RowsPanel* m_rows;
};

} // namespace x1::gui
