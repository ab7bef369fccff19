#pragma once

#include "printout/printed_form.h"
#include "util/progress.h"
#include "util/result.h"

#include <QString>

namespace x1::pdf {

// Which installed fonts a PDF was drawn with (`export --verbose` says so): on a Windows PC the
// form's own FangSong/SimSun and SimHei when present, else the fallbacks of form_fonts.cpp. A
// file is empty when the font's tables were read through Qt, its file not being found.
struct PdfFontsUsed {
    QString textFamily, textFile;
    QString headingFamily, headingFile;
};

// Writes the printed form as a PDF ready to be sealed: A4 landscape, drawn with Qt (no office
// suite), fonts embedded as subsets so that the text can be selected and searched. The file is
// replaced only when the whole PDF was written. Needs a QGuiApplication (no screen). Reports each
// page painted to `progress`; when cancelled, stops and leaves no file.
Status writeFormPdf(const PrintedForm& form, const QString& path, PdfFontsUsed* fontsUsed = nullptr,
                    const Progress& progress = {});

// Every character the PDF of `form` may draw: the form's texts, digits and the page furniture.
QSet<char32_t> codePointsOf(const PrintedForm& form);

} // namespace x1::pdf
