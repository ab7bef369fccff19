#pragma once

#include "util/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QWidget;

namespace x1 {
class WorkbookDocument;
}
namespace x1::pdf {
class FormPages;
}

namespace x1::gui {

class PrintPreviewDialog;

// 打印预览… and 打印… (Ctrl+P) of the open workbook: the form as it is now, with the draft mark
// until 定稿, painted by the PDF's own painter.
class PrintActions : public QObject {
    Q_OBJECT

public:
    PrintActions(QWidget* window, std::function<WorkbookDocument*()> document);

    QAction* previewAction() const { return m_preview; }
    QAction* printAction() const { return m_print; }
    void updateActions();

    // The pages of the open workbook as they print now.
    Result<std::shared_ptr<const pdf::FormPages>> currentPages() const;
    // Opens the preview (not modal: tests and the clerk keep the window); null when refused.
    PrintPreviewDialog* openPreview();
    // Prints the open workbook on `printer` (the print dialog's choice; a PDF printer in tests).
    Status printTo(QPrinter& printer);

signals:
    void exportPdfRequested();

private:
    void print();

    QWidget* m_window;
    std::function<WorkbookDocument*()> m_document;
    QAction* m_preview;
    QAction* m_print;
    QPointer<PrintPreviewDialog> m_open;
};

} // namespace x1::gui
