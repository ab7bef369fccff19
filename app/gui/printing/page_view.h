#pragma once

#include <QHash>
#include <QImage>
#include <QWidget>

namespace x1::pdf {
class FormPages;
}

namespace x1::gui {

// The pages of a form one below the other, as on paper, painted by the form's own painter
// (pdf::FormPages) — the preview shows exactly what the PDF and the printer get. Only pages in
// view are painted, each once per zoom.
class PageView : public QWidget {
    Q_OBJECT

public:
    PageView(const pdf::FormPages* pages, QWidget* parent = nullptr);

    // 1.0: the page at its real size on the screen.
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    // The zoom at which a page is `width` pixels wide (or fits `size` whole).
    qreal zoomForWidth(int width) const;
    qreal zoomForPage(QSize size) const;

    const pdf::FormPages& pages() const { return *m_pages; }
    int pageCount() const;
    QRect pageRect(int index) const;
    int pageAt(int y) const;
    // How many pages were painted since the view was made (the benchmark's first paint).
    int paintedPages() const { return m_painted; }

    // A page as an image at `dotsPerInch`, white paper (the preview's and the tests' rendering).
    static QImage render(const pdf::FormPages& pages, int index, qreal dotsPerInch);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qreal pixelsPerPoint() const;
    void updateSize();

    const pdf::FormPages* m_pages;
    qreal m_zoom = 1.0;
    QHash<int, QImage> m_cache;
    int m_painted = 0;
};

} // namespace x1::gui
