#include "form_printer.h"

#include "pdf/form_pages.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>

namespace x1::gui {

void lockToFormPage(QPrinter& printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
}

Status printPages(const pdf::FormPages& pages, QPrinter& printer)
{
    lockToFormPage(printer);
    int first = 0;
    int last = pages.count() - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = qBound(0, printer.fromPage() - 1, last);
        last = qBound(first, printer.toPage() - 1, last);
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return Error{QCoreApplication::translate("x1::gui::FormPrinter", "无法开始打印（打印机“%1”）").arg(printer.printerName())};
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // The sheet's top left corner is the origin: fullPage.
    const qreal scale = printer.resolution() / 72.0;
    for (int index = first; index <= last; ++index) {
        if (index > first && !printer.newPage())
            return Error{QCoreApplication::translate("x1::gui::FormPrinter", "打印机不接受新的一页")};
        painter.save();
        painter.scale(scale, scale);
        pages.paint(painter, index);
        painter.restore();
    }
    if (!painter.end())
        return Error{QCoreApplication::translate("x1::gui::FormPrinter", "打印未能完成")};
    return {};
}

} // namespace x1::gui
