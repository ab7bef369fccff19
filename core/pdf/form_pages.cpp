#include "pdf/form_pages.h"

#include "pdf/form_fonts.h"
#include "pdf/form_painter.h"
#include "pdf/form_styles.h"
#include "pdf/page_plan.h"
#include "pdf/qr_code.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>

namespace x1::pdf {

FormPages::FormPages(const PrintedForm& form) : m_form(form) {}

FormPages::~FormPages() = default; // the plan and styles before the fonts they were measured with

Result<std::unique_ptr<FormPages>> FormPages::prepare(const PrintedForm& form)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{QCoreApplication::translate("x1::pdf", "导出 PDF 需要图形程序环境（QGuiApplication）")};
    std::unique_ptr<FormPages> pages(new FormPages(form));
    Result<std::unique_ptr<FormFonts>> fonts = FormFonts::prepare(codePointsOf(form));
    if (!fonts)
        return fonts.error();
    pages->m_fonts = std::move(fonts).value();
    Result<QrCode> qr = QrCode::encode(form.qrPayload().toUtf8());
    if (!qr)
        return qr.error();
    pages->m_qr = std::make_unique<QrCode>(std::move(qr).value());
    pages->m_styles = std::make_unique<FormStyles>(*pages->m_fonts);
    pages->m_plan = std::make_unique<PagePlan>(pages->m_form, *pages->m_styles,
                                               (pages->m_qr->size() + 2 * QrCode::quietZone) * PageGeometry::qrModule);
    return pages;
}

int FormPages::count() const
{
    return int(m_plan->pages().size());
}

QSizeF FormPages::pageSize()
{
    // As the PDF writer and the printer size the sheet: A4 in whole points, landscape.
    return QSizeF(QPageSize(QPageSize::A4).sizePoints().transposed());
}

void FormPages::paint(QPainter& painter, int index) const
{
    FormPainter(painter, m_form, *m_styles, *m_plan, *m_qr).paintPage(index);
}

PdfFontsUsed FormPages::fontsUsed() const
{
    return {m_fonts->textSource(), m_fonts->textFile(), m_fonts->headingSource(), m_fonts->headingFile()};
}

} // namespace x1::pdf
