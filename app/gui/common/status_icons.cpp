#include "status_icons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace x1::gui {

QIcon errorIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
}

QIcon warningIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

namespace {

QPixmap conflictPixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x7b, 0x3f, 0xb5));
    painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
    painter.setBrush(Qt::white);
    QPainterPath right; // the upper arrow points right, the lower one left
    right.addPolygon(QPolygonF({{3, 4.5}, {9, 4.5}, {9, 2.5}, {13, 5.5}, {9, 8.5}, {9, 6.5}, {3, 6.5}}));
    QPainterPath left;
    left.addPolygon(QPolygonF({{13, 9.5}, {7, 9.5}, {7, 7.5}, {3, 10.5}, {7, 13.5}, {7, 11.5}, {13, 11.5}}));
    painter.drawPath(right);
    painter.drawPath(left);
    return pixmap;
}

} // namespace

QIcon conflictIcon()
{
    static const QIcon icon = [] {
        QIcon drawn;
        for (int size : {16, 24, 32, 48})
            drawn.addPixmap(conflictPixmap(size));
        return drawn;
    }();
    return icon;
}

} // namespace x1::gui
