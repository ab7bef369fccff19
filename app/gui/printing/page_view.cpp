#include "page_view.h"

#include "pdf/form_pages.h"

#include <QPaintEvent>
#include <QPainter>

namespace x1::gui {

namespace {

constexpr int gap = 16; // pixels between pages and around them
constexpr int cachedPages = 12;

} // namespace

PageView::PageView(const pdf::FormPages* pages, QWidget* parent) : QWidget(parent), m_pages(pages)
{
    setObjectName(QStringLiteral("pageView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    updateSize();
}

qreal PageView::pixelsPerPoint() const
{
    return logicalDpiX() / 72.0 * m_zoom;
}

void PageView::setZoom(qreal zoom)
{
    zoom = qBound(0.1, zoom, 5.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    m_cache.clear();
    updateSize();
    update();
}

qreal PageView::zoomForWidth(int width) const
{
    return (width - 2 * gap) / (pdf::FormPages::pageSize().width() * logicalDpiX() / 72.0);
}

qreal PageView::zoomForPage(QSize size) const
{
    const QSizeF page = pdf::FormPages::pageSize() * (logicalDpiX() / 72.0);
    return qMin((size.width() - 2 * gap) / page.width(), (size.height() - 2 * gap) / page.height());
}

int PageView::pageCount() const
{
    return m_pages->count();
}

QRect PageView::pageRect(int index) const
{
    const QSize size = (pdf::FormPages::pageSize() * pixelsPerPoint()).toSize();
    const int left = qMax(gap, (width() - size.width()) / 2);
    return {QPoint(left, gap + index * (size.height() + gap)), size};
}

int PageView::pageAt(int y) const
{
    const int step = pageRect(1).top() - pageRect(0).top();
    return qBound(0, (y - gap / 2) / qMax(1, step), pageCount() - 1);
}

void PageView::updateSize()
{
    const QSize page = (pdf::FormPages::pageSize() * pixelsPerPoint()).toSize();
    setFixedSize(page.width() + 2 * gap, pageCount() * (page.height() + gap) + gap);
}

QImage PageView::render(const pdf::FormPages& pages, int index, qreal dotsPerInch)
{
    const qreal scale = dotsPerInch / 72.0;
    QImage image((pdf::FormPages::pageSize() * scale).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
    image.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    pages.paint(painter, index);
    return image;
}

void PageView::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    const qreal dotsPerInch = pixelsPerPoint() * 72.0 * devicePixelRatioF();
    for (int index = pageAt(event->rect().top()); index < pageCount(); ++index) {
        const QRect rect = pageRect(index);
        if (rect.top() > event->rect().bottom())
            break;
        if (!rect.intersects(event->rect()))
            continue;
        auto cached = m_cache.find(index);
        if (cached == m_cache.end()) {
            if (m_cache.size() >= cachedPages)
                m_cache.clear();
            QImage image = render(*m_pages, index, dotsPerInch);
            image.setDevicePixelRatio(devicePixelRatioF());
            cached = m_cache.insert(index, image);
            ++m_painted;
        }
        painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 60)); // the sheet's shadow
        painter.drawImage(rect, *cached);
    }
}

} // namespace x1::gui
