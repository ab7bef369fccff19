#pragma once

#include <QWidget>

#include <memory>

class QListView;
class QSortFilterProxyModel;

namespace Ui {
class SchoolsPanel;
}

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

class SchoolsModel;

// The list of the workbook's schools with a filter box. Schools are named by their index into
// Workbook::schools, whatever the filter shows.
class SchoolsPanel : public QWidget {
    Q_OBJECT

public:
    SchoolsPanel(WorkbookDocument* document, QWidget* parent = nullptr);
    ~SchoolsPanel() override;

    int currentSchool() const;
    void setCurrentSchool(int school);
    QListView* view() const;
    SchoolsModel* model() const { return m_model; }

signals:
    void currentSchoolChanged(int school);

private:
    std::unique_ptr<Ui::SchoolsPanel> m_ui;
    SchoolsModel* m_model;
    QSortFilterProxyModel* m_filter;
    bool m_changing = false;
};

} // namespace x1::gui
