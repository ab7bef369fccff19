#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

class ConflictsDialog;
class ImportActions;
class ReferenceDialog;
class SourcesDialog;
class StatsDialog;

// The 汇总 menu of the offices (导入/汇总文件…, 导入文件夹…, 冲突 (n), 来源文件, 统计), 证书参考 of
// the 视图 menu, and the status bar's note of unresolved conflicts. The views are dialogs that
// stay open beside the window and follow the document.
class OfficeActions : public QObject {
    Q_OBJECT

public:
    OfficeActions(QMainWindow* window, std::function<WorkbookDocument*()> document);
    ~OfficeActions() override;

    QMenu* createMenu(QWidget* parent);
    ImportActions* imports() const { return m_imports; }
    QAction* conflictsAction() const { return m_conflicts; }
    QAction* sourcesAction() const { return m_sources; }
    QAction* statsAction() const { return m_stats; }
    QAction* referenceAction() const { return m_reference; }

    // A workbook was opened or closed (the views of the last one close), or it changed.
    void documentReplaced();
    // Closes the views of the open workbook (before it closes).
    void closeViews();
    void updateActions();

    ConflictsDialog* openConflicts();
    SourcesDialog* openSources();
    StatsDialog* openStats();
    ReferenceDialog* openReference();
    QLabel* conflictNote() const { return m_note; }

private:
    template <typename Dialog>
    Dialog* show(QPointer<Dialog>& dialog, std::function<Dialog*()> create);

    QMainWindow* m_window;
    std::function<WorkbookDocument*()> m_document;
    ImportActions* m_imports;
    QAction* m_conflicts;
    QAction* m_sources;
    QAction* m_stats;
    QAction* m_reference;
    QLabel* m_note;
    QPointer<ConflictsDialog> m_conflictsDialog;
    QPointer<SourcesDialog> m_sourcesDialog;
    QPointer<StatsDialog> m_statsDialog;
    QPointer<ReferenceDialog> m_referenceDialog;
};

} // namespace x1::gui
