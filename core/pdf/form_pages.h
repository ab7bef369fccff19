#pragma once

#include "pdf/pdf_export.h"
#include "printout/printed_form.h"
#include "util/result.h"

#include <QSizeF>

#include <memory>

class QPainter;

namespace x1::pdf {

class FormFonts;
class PagePlan;
class QrCode;
struct FormStyles;

// The pages of one printed form, laid out once and painted on demand onto any QPainter: the PDF
// writer, the window's print preview and the printer all paint through here, so that what the
// clerk sees is what is printed. Keeps the form's fonts registered for its lifetime.
class FormPages {
public:
    static Result<std::unique_ptr<FormPages>> prepare(const PrintedForm& form);
    ~FormPages();
    FormPages(const FormPages&) = delete;
    FormPages& operator=(const FormPages&) = delete;

    int count() const;
    // The sheet, A4 landscape, in points (1/72 inch): the unit paint() draws in.
    static QSizeF pageSize();
    // Paints page `index` (0-based) in points from the painter's origin: scale the painter first
    // for a device of another resolution.
    void paint(QPainter& painter, int index) const;

    const PrintedForm& form() const { return m_form; }
    const PagePlan& plan() const { return *m_plan; }
    PdfFontsUsed fontsUsed() const;

private:
    FormPages(const PrintedForm& form);

    PrintedForm m_form;
    std::unique_ptr<FormFonts> m_fonts;
    std::unique_ptr<FormStyles> m_styles;
    std::unique_ptr<QrCode> m_qr;
    std::unique_ptr<PagePlan> m_plan;
};

} // namespace x1::pdf
