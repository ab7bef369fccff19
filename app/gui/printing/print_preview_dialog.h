#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PrintPreviewDialog;
}

namespace x1::pdf {
class FormPages;
}

namespace x1::gui {

class PageView;

// 打印预览: the form's pages as they will be printed — A4 landscape, — N —, the code on every page,
// the QR code on the last, the draft mark until 定稿 — with zoom and paging; 打印… and 导出 PDF…
// from here.
class PrintPreviewDialog : public QDialog {
    Q_OBJECT

public:
    // Zoom choices of the combo: fit the width, the whole page, then per cent.
    enum Fit { FitWidth = 0, FitPage = 1 };

    PrintPreviewDialog(std::shared_ptr<const pdf::FormPages> pages, QWidget* parent = nullptr);
    ~PrintPreviewDialog() override;

    PageView* pageView() const { return m_view; }
    // The page in view (0-based): the one a third down the view, or at the bottom at the end.
    int currentPage() const;
    void showPage(int index);
    void setZoomChoice(int comboIndex);

signals:
    void printRequested();
    void exportPdfRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyZoom();
    void zoomBy(int step);
    void updatePageNumber();

    std::unique_ptr<Ui::PrintPreviewDialog> m_ui;
    std::shared_ptr<const pdf::FormPages> m_pages;
    PageView* m_view;
    int m_page = 0; // the page shown, kept across zoom changes
    bool m_followScroll = false;
};

} // namespace x1::gui
