#include "export_actions.h"

#include "common/file_dialog.h"
#include "common/job_progress.h"
#include "common/message_box.h"
#include "export_done_dialog.h"

#include "document/workbook_document.h"
#include "export/workbook_export.h"
#include "util/clock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QProgressDialog>
#include <QStyle>
#include <QThread>
#include <QWidget>

namespace x1::gui {

namespace {

QString extensionOf(ExportActions::Format format)
{
    switch (format) {
    case ExportActions::Format::Xlsx: return QStringLiteral(".xlsx");
    case ExportActions::Format::Pdf: return QStringLiteral(".pdf");
    case ExportActions::Format::Json: return QStringLiteral(".json");
    }
    return {};
}

// Characters Windows does not allow in a file name.
QString fileNameSafe(QString text)
{
    for (QChar& c : text) {
        if (QStringView(u"\\/:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    return text.trimmed();
}

} // namespace

ExportActions::ExportActions(QWidget* window, std::function<WorkbookDocument*()> document)
    : QObject(window), m_window(window), m_document(std::move(document))
{
    const struct {
        Format format;
        const char* name;
        QString text;
    } actions[] = {{Format::Xlsx, "exportXlsxAction", tr("导出 XLSX…")},
                   {Format::Pdf, "exportPdfAction", tr("导出 PDF…")},
                   {Format::Json, "exportJsonAction", tr("导出 JSON…")}};
    for (const auto& [format, name, text] : actions) {
        QAction* action = new QAction(text, this);
        action->setObjectName(QLatin1StringView(name));
        connect(action, &QAction::triggered, this, [this, format = format] { chooseAndExport(format); });
        m_actions[int(format)] = action;
    }
    m_actions[int(Format::Pdf)]->setIcon(window->style()->standardIcon(QStyle::SP_DialogSaveButton));
    updateActions();
}

ExportActions::~ExportActions()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

QWidget* ExportActions::dialogParent() const
{
    // From the print preview (a modal dialog) the export's dialogs go above it.
    if (QWidget* modal = QApplication::activeModalWidget())
        return modal;
    return m_window;
}

QAction* ExportActions::action(Format format) const
{
    return m_actions[int(format)];
}

void ExportActions::updateActions()
{
    for (QAction* action : m_actions)
        action->setEnabled(m_document() != nullptr && !isRunning());
}

QString ExportActions::suggestedName(Format format) const
{
    WorkbookDocument* document = m_document();
    QString unit = document ? fileNameSafe(document->workbook().header.unit) : QString();
    if (unit.isEmpty())
        unit = QStringLiteral("申报单位");
    // Chinese in any language of the window, as the form it holds.
    return QStringLiteral("%1_1+X试点申报表_%2").arg(unit, Clock::today().toString(QStringLiteral("yyyyMMdd"))) + extensionOf(format);
}

void ExportActions::chooseAndExport(Format format)
{
    if (!m_document() || isRunning())
        return;
    const QString filters[] = {tr("Excel 工作簿 (*.xlsx)"), tr("PDF 文件 (*.pdf)"), tr("JSON 交换文件 (*.json)")};
    const QString titles[] = {tr("导出 XLSX"), tr("导出 PDF"), tr("导出 JSON")};
    const QString path = FileDialog::saveFile(dialogParent(), titles[int(format)], suggestedName(format), filters[int(format)],
                                              extensionOf(format), QStringLiteral("exportFolder"));
    if (!path.isEmpty())
        startExport(format, path);
}

bool ExportActions::startExport(Format format, const QString& path)
{
    WorkbookDocument* document = m_document();
    if (!document || isRunning())
        return false;
    ExportRequest request;
    (format == Format::Xlsx ? request.xlsx : format == Format::Pdf ? request.pdf : request.json) = path;

    m_cancel = false;
    QProgressDialog* progress = openJobProgress(dialogParent(), QStringLiteral("exportProgress"), tr("导出"),
                                                tr("正在导出 %1…").arg(QDir::toNativeSeparators(path)), 0);
    connect(progress, &QProgressDialog::canceled, this, &ExportActions::cancel);
    // The core reports hundredths of each file (a PDF page by page).
    connect(this, &ExportActions::progressed, progress, [progress](int done, int total, const QString&) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    m_progress = progress;
    progress->show();

    const Progress report = queuedProgress(
        this, [this](int done, int total, const QString& file) { emit progressed(done, total, file); }, &m_cancel);
    m_thread = QThread::create([this, workbook = document->workbook(), request, report] {
        Result<ExportOutcome> outcome = exportWorkbook(workbook, request, report);
        const bool written = outcome.ok();
        const QString answer = written ? outcome->verificationCode : outcome.message();
        const QStringList files = written ? outcome->written : QStringList();
        const QString draftMark = written ? outcome->draftMark : QString();
        QMetaObject::invokeMethod(this, [=, this] { done(written, answer, files, draftMark); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("x1 export"));
    m_thread->start();
    updateActions();
    return true;
}

void ExportActions::cancel()
{
    if (!isRunning())
        return;
    m_cancel = true;
    if (m_progress)
        m_progress->setLabelText(tr("正在取消…"));
}

void ExportActions::done(bool written, const QString& codeOrReason, const QStringList& files, const QString& draftMark)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool cancelled = m_cancel.load();
    if (m_progress)
        m_progress->close();
    updateActions();
    if (written) {
        auto* dialog = new ExportDoneDialog(files, codeOrReason, draftMark, dialogParent());
        dialog->setObjectName(QStringLiteral("exportDoneDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_done = dialog;
        dialog->open();
    } else if (!cancelled) {
        MessageBox::warning(dialogParent(), tr("导出失败"), codeOrReason);
    }
    emit finished(written, codeOrReason);
}

} // namespace x1::gui
