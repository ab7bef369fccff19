#pragma once

#include "export_done_dialog.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <functional>

class QAction;
class QThread;
class QWidget;

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// 导出 XLSX… / 导出 PDF… / 导出 JSON…: a file dialog suggesting `<unit>_1+X试点申报表_<date>.<ext>`
// in the folder used last for exports; the export (core's all-or-nothing exportWorkbook) runs on
// a worker thread behind a progress dialog with 取消, so the window never freezes; afterwards the
// verification code with 复制 and 打开所在文件夹. A cancelled export leaves no file.
class ExportActions : public QObject {
    Q_OBJECT

public:
    enum class Format { Xlsx, Pdf, Json };

    ExportActions(QWidget* window, std::function<WorkbookDocument*()> document);
    ~ExportActions() override;

    QAction* action(Format format) const;
    void updateActions();

    // The file name suggested for the open workbook, e.g. 成都市教育局_1+X试点申报表_20190422.pdf.
    QString suggestedName(Format format) const;
    // Asks where (FileDialog), then starts the export.
    void chooseAndExport(Format format);
    // Starts exporting the open workbook to `path`; false when nothing was started.
    bool startExport(Format format, const QString& path);
    bool isRunning() const { return m_thread != nullptr; }
    // 取消 of the progress dialog: the export stops at its next page or file and writes nothing.
    void cancel();
    QProgressDialog* progressDialog() const { return m_progress; }
    ExportDoneDialog* doneDialog() const { return m_done; }

signals:
    // On the GUI thread, as the worker goes.
    void progressed(int done, int total, const QString& file);
    // `codeOrReason`: the verification code, or why nothing was written.
    void finished(bool written, const QString& codeOrReason);

private:
    QWidget* dialogParent() const;
    void done(bool written, const QString& codeOrReason, const QStringList& files, const QString& draftMark);

    QWidget* m_window;
    std::function<WorkbookDocument*()> m_document;
    QAction* m_actions[3];
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    QPointer<QProgressDialog> m_progress;
    QPointer<ExportDoneDialog> m_done;
};

} // namespace x1::gui
