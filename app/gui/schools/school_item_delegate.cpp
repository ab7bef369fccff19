#include "school_item_delegate.h"

#include "schools/schools_model.h"

#include <QApplication>
#include <QPainter>

namespace x1::gui {

namespace {

struct Badge {
    QString text;
    QColor fill, ink;
    int width = 0;
};

} // namespace

void SchoolItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    QList<Badge> badges;
    if (const int errors = index.data(SchoolsModel::ErrorCountRole).toInt(); errors > 0)
        badges.append({QString::number(errors), QColor(0xc4, 0x2b, 0x1c), Qt::white});
    if (const int warnings = index.data(SchoolsModel::WarningCountRole).toInt(); warnings > 0)
        badges.append({QString::number(warnings), QColor(0xf2, 0xc0, 0x37), QColor(0x3a, 0x2c, 0x00)});

    QFont small = item.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics metrics(small);
    const int height = metrics.height();
    int reserved = 0;
    for (Badge& badge : badges) {
        badge.width = std::max(height + 2, metrics.horizontalAdvance(badge.text) + 10);
        reserved += badge.width + 4;
    }
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    item.text = item.fontMetrics.elidedText(item.text, Qt::ElideRight, std::max(0, textRect.width() - reserved));
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(small);
    painter->setPen(Qt::NoPen);
    int right = option.rect.right() - 4;
    for (auto badge = badges.crbegin(); badge != badges.crend(); ++badge) {
        const QRect box(right - badge->width + 1, option.rect.center().y() - height / 2, badge->width, height);
        painter->setBrush(badge->fill);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(box, height / 2.0, height / 2.0);
        painter->setPen(badge->ink);
        painter->drawText(box, Qt::AlignCenter, badge->text);
        right -= badge->width + 4;
    }
    painter->restore();
}

} // namespace x1::gui
