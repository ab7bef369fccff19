#pragma once

#include "import_summary_dialog.h"

#include "document/workbook_document.h"
#include "merge/merge_files.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <functional>

class QAction;
class QMimeData;
class QThread;
class QWidget;

namespace x1::gui {

// 导入/汇总文件… and 导入文件夹…, and files dropped on the window: the sources are read and merged
// into a copy of the open workbook on a worker thread, behind a progress dialog (file N of M, its
// name, 取消); the result becomes the document's state as one undoable edit, and the summary
// dialog says what was added, folded, in conflict, refused and not understood. A cancelled
// import changes nothing.
class ImportActions : public QObject {
    Q_OBJECT

public:
    ImportActions(QWidget* window, std::function<WorkbookDocument*()> document);
    ~ImportActions() override;

    QAction* importAction() const { return m_import; }
    QAction* importFolderAction() const { return m_importFolder; }
    void updateActions();

    void chooseAndImport();
    void chooseFolderAndImport();
    // Starts importing files and folders (a folder stands for its .x1db/.json/.xlsx/.xls files);
    // false when nothing was started.
    bool startImport(const QStringList& paths);
    bool isRunning() const { return m_thread != nullptr; }
    // 取消: the import stops at its next file and changes nothing.
    void cancel();
    QProgressDialog* progressDialog() const { return m_progress; }
    ImportSummaryDialog* summaryDialog() const { return m_summary; }

    // The sources that files dropped on the window stand for (empty: none to import).
    static QStringList droppedSources(const QMimeData* data);

signals:
    void progressed(int done, int total, const QString& file);
    // After the import: whether the workbook changed, and whether the user cancelled it.
    void finished(bool changed, bool cancelled);

private:
    QWidget* dialogParent() const;
    void done(const MergeRun& run, const Workbook& merged, bool changed, int files);

    QWidget* m_window;
    std::function<WorkbookDocument*()> m_document;
    QAction* m_import;
    QAction* m_importFolder;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    QPointer<WorkbookDocument> m_target; // the workbook being imported into
    QPointer<QProgressDialog> m_progress;
    QPointer<ImportSummaryDialog> m_summary;
};

} // namespace x1::gui
