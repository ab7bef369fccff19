#pragma once

#include "document/workbook_document.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QMimeData;
class QStackedWidget;
class QUndoGroup;

namespace x1::gui {

class ExportActions;
class FileActions;
class FinalizeActions;
class FindingsPanel;
class OfficeActions;
class PrintActions;
class StartPage;
class StatusLine;
class WorkbookEditor;

// The main window, a shell: menus, tool bar, the editor of the open workbook, the findings dock
// and the status line. Each workbook gets a fresh editor; the undo actions follow its stack.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workbook; shows the reason in a message box when it cannot be opened.
    bool openWorkbook(const QString& path);
    // Shows a document that is already open (a new workbook).
    void adopt(std::unique_ptr<WorkbookDocument> document);
    WorkbookDocument* document() const { return m_document.get(); }
    WorkbookEditor* editor() const { return m_editor; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    StatusLine* statusLine() const { return m_status; }
    StartPage* startPage() const { return m_start; }
    FileActions* fileActions() const { return m_files; }
    PrintActions* printActions() const { return m_printing; }
    ExportActions* exportActions() const { return m_exports; }
    FinalizeActions* finalizeActions() const { return m_finishing; }
    OfficeActions* officeActions() const { return m_office; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void closeDocument();
    void updateActions();
    void showRefusal(const QString& message);
    bool importsDrop(const QMimeData* data) const;

    std::unique_ptr<WorkbookDocument> m_document;
    QStackedWidget* m_pages = nullptr;
    StartPage* m_start = nullptr;
    FileActions* m_files = nullptr;
    WorkbookEditor* m_editor = nullptr;
    FindingsPanel* m_findings = nullptr;
    StatusLine* m_status = nullptr;
    QDockWidget* m_findingsDock = nullptr;
    QUndoGroup* m_undo = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_rowActionsEnd = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_addSchool = nullptr;
    QAction* m_removeSchool = nullptr;
    QAction* m_nextFinding = nullptr;
    QAction* m_previousFinding = nullptr;
    QAction* m_explain = nullptr;
    QAction* m_reopen = nullptr;
    PrintActions* m_printing = nullptr;
    ExportActions* m_exports = nullptr;
    FinalizeActions* m_finishing = nullptr;
    OfficeActions* m_office = nullptr;
};

} // namespace x1::gui
