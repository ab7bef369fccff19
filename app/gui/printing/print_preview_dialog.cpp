#include "print_preview_dialog.h"

#include "printing/ui_print_preview_dialog.h"

#include "page_view.h"
#include "pdf/form_pages.h"

#include <QLayout>
#include <QScrollBar>
#include <QTimer>

namespace x1::gui {

namespace {

constexpr int percentages[] = {50, 75, 100, 125, 150, 200};

} // namespace

PrintPreviewDialog::PrintPreviewDialog(std::shared_ptr<const pdf::FormPages> pages, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PrintPreviewDialog>()), m_pages(std::move(pages))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_view = new PageView(m_pages.get());
    m_ui->pagesArea->setWidget(m_view);
    m_ui->pagesArea->setBackgroundRole(QPalette::Dark);

    m_ui->zoomCombo->addItem(tr("适合宽度"));
    m_ui->zoomCombo->addItem(tr("整页"));
    for (int percent : percentages)
        m_ui->zoomCombo->addItem(tr("%1%").arg(percent), percent);
    m_ui->pageSpin->setMaximum(m_view->pageCount());
    m_ui->pageCountLabel->setText(tr("共 %1 页").arg(m_view->pageCount()));
    const QString draftMark = m_pages->form().draftMark;
    m_ui->draftLabel->setText(draftMark.isEmpty() ? QString() : tr("%1：每页右上角印有此标记，定稿后打印的才是报送件。").arg(draftMark));
    m_ui->draftLabel->setVisible(!draftMark.isEmpty());

    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->printButton, &QPushButton::clicked, this, &PrintPreviewDialog::printRequested);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &PrintPreviewDialog::exportPdfRequested);
    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_ui->pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page - 1 != m_page)
            showPage(page - 1);
    });
    connect(m_ui->zoomCombo, &QComboBox::currentIndexChanged, this, &PrintPreviewDialog::applyZoom);
    connect(m_ui->zoomInButton, &QToolButton::clicked, this, [this] { zoomBy(1); });
    connect(m_ui->zoomOutButton, &QToolButton::clicked, this, [this] { zoomBy(-1); });
    // Only the clerk's scrolling (wheel, keys, the bar) changes the page: a new size or zoom moves
    // the bar too, and the page shown must stay.
    QScrollBar* scroll = m_ui->pagesArea->verticalScrollBar();
    connect(scroll, &QScrollBar::actionTriggered, this, [this] { m_followScroll = true; });
    connect(scroll, &QScrollBar::valueChanged, this, [this] {
        if (std::exchange(m_followScroll, false)) {
            m_page = currentPage();
            updatePageNumber();
        }
    });
    m_ui->previousButton->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_ui->nextButton->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_ui->zoomInButton->setShortcut(QKeySequence::ZoomIn);
    m_ui->zoomOutButton->setShortcut(QKeySequence::ZoomOut);

    resize(1200, 820);
    m_ui->zoomCombo->setCurrentIndex(FitWidth);
    applyZoom();
    updatePageNumber();
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

int PrintPreviewDialog::currentPage() const
{
    const QScrollBar* scroll = m_ui->pagesArea->verticalScrollBar();
    const int height = m_ui->pagesArea->viewport()->height();
    // Scrolled to the end: the last pages cannot come to the top, the one at the bottom is meant.
    if (scroll->maximum() > 0 && scroll->value() >= scroll->maximum())
        return m_view->pageAt(scroll->value() + height - 1);
    return m_view->pageAt(scroll->value() + height / 3);
}

void PrintPreviewDialog::showPage(int index)
{
    m_page = qBound(0, index, m_view->pageCount() - 1);
    {
        const QSignalBlocker blocker(m_ui->pagesArea->verticalScrollBar());
        m_ui->pagesArea->verticalScrollBar()->setValue(m_view->pageRect(m_page).top() - 8);
    }
    updatePageNumber();
}

void PrintPreviewDialog::setZoomChoice(int comboIndex)
{
    m_ui->zoomCombo->setCurrentIndex(comboIndex);
}

void PrintPreviewDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The fit needs the laid-out scroll area: once the dialog is shown.
    QTimer::singleShot(0, this, [this] {
        if (m_ui->zoomCombo->currentIndex() <= FitPage)
            applyZoom();
    });
}

void PrintPreviewDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_ui->zoomCombo->currentIndex() <= FitPage) {
        layout()->activate(); // the scroll area's new size, for the fit
        applyZoom();
    }
}

void PrintPreviewDialog::applyZoom()
{
    const int page = m_page; // not the page in view: at the zoom before the dialog was laid out, a wrong one
    const QSize viewport = m_ui->pagesArea->viewport()->size();
    const int choice = m_ui->zoomCombo->currentIndex();
    // The view's new size moves the scroll bar: that is not the clerk scrolling to another page.
    const QSignalBlocker blocker(m_ui->pagesArea->verticalScrollBar());
    if (choice == FitWidth)
        m_view->setZoom(m_view->zoomForWidth(viewport.width()));
    else if (choice == FitPage)
        m_view->setZoom(m_view->zoomForPage(viewport));
    else
        m_view->setZoom(m_ui->zoomCombo->currentData().toInt() / 100.0);
    showPage(page);
}

void PrintPreviewDialog::zoomBy(int step)
{
    const int percent = qRound(m_view->zoom() * 100);
    int choice = -1;
    for (int i = 0; i < int(std::size(percentages)); ++i) {
        if ((step > 0 && percentages[i] > percent) || (step < 0 && percentages[i] < percent)) {
            choice = i;
            if (step > 0)
                break;
        }
    }
    if (choice >= 0)
        m_ui->zoomCombo->setCurrentIndex(FitPage + 1 + choice);
}

void PrintPreviewDialog::updatePageNumber()
{
    const int page = m_page;
    const QSignalBlocker blocker(m_ui->pageSpin);
    m_ui->pageSpin->setValue(page + 1);
    m_ui->previousButton->setEnabled(page > 0);
    m_ui->nextButton->setEnabled(page + 1 < m_view->pageCount());
}

} // namespace x1::gui
