#include "print_actions.h"

#include "common/message_box.h"
#include "form_printer.h"
#include "print_preview_dialog.h"

#include "document/workbook_document.h"
#include "export/workbook_export.h"
#include "pdf/form_pages.h"

#include <QAction>
#include <QApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <QStyle>

namespace x1::gui {

PrintActions::PrintActions(QWidget* window, std::function<WorkbookDocument*()> document)
    : QObject(window), m_window(window), m_document(std::move(document))
{
    m_preview = new QAction(window->style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("打印预览…"), this);
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    connect(m_preview, &QAction::triggered, this, &PrintActions::openPreview);
    m_print = new QAction(tr("打印…"), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &PrintActions::print);
    updateActions();
}

void PrintActions::updateActions()
{
    const bool open = m_document() != nullptr;
    m_preview->setEnabled(open);
    m_print->setEnabled(open);
}

Result<std::shared_ptr<const pdf::FormPages>> PrintActions::currentPages() const
{
    WorkbookDocument* document = m_document();
    if (!document)
        return Error{tr("没有打开的工作簿")};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<pdf::FormPages>> pages = pdf::FormPages::prepare(formToPrint(document->workbook()));
    QApplication::restoreOverrideCursor();
    if (!pages)
        return pages.error();
    return std::shared_ptr<const pdf::FormPages>(std::move(pages).value());
}

PrintPreviewDialog* PrintActions::openPreview()
{
    if (m_open)
        m_open->close();
    Result<std::shared_ptr<const pdf::FormPages>> pages = currentPages();
    if (!pages) {
        MessageBox::warning(m_window, tr("无法预览"), pages.message());
        return nullptr;
    }
    auto* dialog = new PrintPreviewDialog(pages.value(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrintPreviewDialog::printRequested, this, &PrintActions::print);
    connect(dialog, &PrintPreviewDialog::exportPdfRequested, this, &PrintActions::exportPdfRequested);
    m_open = dialog;
    dialog->open();
    return dialog;
}

Status PrintActions::printTo(QPrinter& printer)
{
    Result<std::shared_ptr<const pdf::FormPages>> pages = currentPages();
    if (!pages)
        return pages.error();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status printed = printPages(**pages, printer);
    QApplication::restoreOverrideCursor();
    return printed;
}

void PrintActions::print()
{
    if (!m_document())
        return;
    QPrinter printer(QPrinter::HighResolution);
    lockToFormPage(printer);
    QWidget* parent = m_open ? static_cast<QWidget*>(m_open.data()) : m_window;
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("打印"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status printed = printTo(printer); !printed)
        MessageBox::warning(parent, tr("打印失败"), printed.message());
}

} // namespace x1::gui
