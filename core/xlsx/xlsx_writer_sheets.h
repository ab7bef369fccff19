#pragma once

#include "xlsx/form_xlsx_writer.h"
#include "xlsx/xlsx_writer_book.h"

namespace x1::xlsx {

// The fonts an official Chinese form names; the file only names them (Windows has them).
inline constexpr char tableFont[] = "宋体";
inline constexpr char titleFont[] = "黑体";
inline constexpr double topMarginInches = 0.6;
inline constexpr double bottomMarginInches = 0.75;

// Sheet 1: the printed form (xlsx_writer_form_sheet.cpp).
void writePrintedFormSheet(XlsxBook& book, const PrintedForm& form);
// Sheet 2: 条件自查 (xlsx_writer_self_check.cpp), laid out apart from writing so that the checks
// and the texts can be made on another core while sheet 1 is written.
struct SelfCheckSheet {
    QStringList headers;
    QList<double> widths;
    double headerHeight = 0;
    QList<QStringList> rows; // one per printed row
    QList<double> rowHeights;
    QStringList wholeWorkbookLines; // findings about the whole workbook, a merged line each
    QList<double> wholeWorkbookHeights;
};
SelfCheckSheet layOutSelfCheckSheet(const FormXlsxContent& content);
void writeSelfCheckSheet(XlsxBook& book, const SelfCheckSheet& sheet, const QString& verificationCode);
// A4 landscape, fitted one page wide, the header row repeated, each sheet's pages numbered from 1,
// `footer` (Excel's codes: &P the page …) and the draft mark (when not empty) in the header of
// every page. The sealed form is always Chinese, whatever the language of the program.
void setUpPrinting(Sheet& sheet, int headerRow, int lastRow, int lastColumn, const QString& footer,
                   const QString& draftMark = {});

} // namespace x1::xlsx
