#include "import_actions.h"

#include "common/file_dialog.h"
#include "common/job_progress.h"
#include "common/message_box.h"
#include "import_summary_dialog.h"

#include "document/workbook_document.h"
#include "merge/source_reader.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QStyle>
#include <QThread>
#include <QUrl>

namespace x1::gui {

ImportActions::ImportActions(QWidget* window, std::function<WorkbookDocument*()> document)
    : QObject(window), m_window(window), m_document(std::move(document))
{
    m_import = new QAction(tr("导入/汇总文件…"), this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setIcon(window->style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_import, &QAction::triggered, this, &ImportActions::chooseAndImport);
    m_importFolder = new QAction(tr("导入文件夹…"), this);
    m_importFolder->setObjectName(QStringLiteral("importFolderAction"));
    connect(m_importFolder, &QAction::triggered, this, &ImportActions::chooseFolderAndImport);
    updateActions();
}

ImportActions::~ImportActions()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QWidget* ImportActions::dialogParent() const
{
    if (QWidget* modal = QApplication::activeModalWidget())
        return modal;
    return m_window;
}

void ImportActions::updateActions()
{
    WorkbookDocument* document = m_document();
    const bool can = document && document->isEditable() && !isRunning();
    m_import->setEnabled(can);
    m_importFolder->setEnabled(can);
}

void ImportActions::chooseAndImport()
{
    if (!m_document() || isRunning())
        return;
    const QStringList paths = FileDialog::openSources(dialogParent());
    if (!paths.isEmpty())
        startImport(paths);
}

void ImportActions::chooseFolderAndImport()
{
    if (!m_document() || isRunning())
        return;
    const QString folder = FileDialog::openSourceFolder(dialogParent());
    if (!folder.isEmpty())
        startImport({folder});
}

QStringList ImportActions::droppedSources(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && (QFileInfo(path).isDir() || isSourceFile(path)))
            paths << path;
    }
    return paths;
}

bool ImportActions::startImport(const QStringList& paths)
{
    WorkbookDocument* document = m_document();
    if (!document || isRunning())
        return false;
    if (!document->isEditable()) {
        MessageBox::warning(dialogParent(), tr("不能导入"),
                            document->readOnlyReason().isEmpty() ? tr("工作簿已定稿。如需导入，请先取消定稿。")
                                                                 : document->readOnlyReason());
        return false;
    }
    MergeRequestCore request;
    request.paths = sourceFilesIn(paths);
    request.targetPath = document->path();
    if (request.paths.isEmpty()) {
        MessageBox::information(dialogParent(), tr("导入/汇总"), tr("所选文件夹中没有申报表（.xlsx、.xls、.json、.x1db）。"));
        return false;
    }
    const int files = int(request.paths.size());

    if (m_summary)
        m_summary->close();
    m_summary = nullptr;
    m_cancel = false;
    m_target = document;
    QProgressDialog* progress = openJobProgress(dialogParent(), QStringLiteral("importProgress"), tr("导入/汇总"),
                                                tr("正在读取 %1 个文件…").arg(files), files);
    progress->setMinimumWidth(460);
    connect(progress, &QProgressDialog::canceled, this, &ImportActions::cancel);
    connect(this, &ImportActions::progressed, progress, [this, progress](int done, int total, const QString& file) {
        if (m_cancel)
            return;
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(tr("已读取 %1 / %2 个文件：%3").arg(done).arg(total).arg(QFileInfo(file).fileName()));
    });
    m_progress = progress;
    progress->show();

    const Progress report = queuedProgress(
        this, [this](int done, int total, const QString& file) { emit progressed(done, total, file); }, &m_cancel);
    m_thread = QThread::create([this, workbook = document->workbook(), request, report, files] {
        Workbook merged = workbook;
        const MergeRun run = mergeFiles(merged, request, report);
        const bool changed = run.outcome == MergeRun::Outcome::Merged && !(merged == workbook);
        QMetaObject::invokeMethod(
            this, [this, run, merged = std::move(merged), changed, files] { done(run, merged, changed, files); },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("x1 import"));
    m_thread->start();
    updateActions();
    return true;
}

void ImportActions::cancel()
{
    if (!isRunning())
        return;
    m_cancel = true;
    if (m_progress)
        m_progress->setLabelText(tr("正在取消…"));
}

void ImportActions::done(const MergeRun& run, const Workbook& merged, bool changed, int files)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool cancelled = run.outcome == MergeRun::Outcome::Cancelled;
    if (m_progress)
        m_progress->close();
    bool written = false;
    // The workbook it was read against, still the one open (the progress dialog is modal).
    WorkbookDocument* document = m_document() == m_target ? m_target.data() : nullptr;
    if (changed && document) {
        const QString text = QCoreApplication::translate("x1::WorkbookDocument", "导入 %1 个文件").arg(files);
        if (Status stored = document->replaceWorkbook(merged, text); !stored)
            MessageBox::warning(dialogParent(), tr("导入失败"), stored.message());
        else
            written = true;
    }
    updateActions();
    if (!cancelled) {
        MergeSummary summary = run.summary;
        summary.written = written;
        auto* dialog = new ImportSummaryDialog(summary, dialogParent());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_summary = dialog;
        dialog->open();
    }
    emit finished(written, cancelled);
}

} // namespace x1::gui
