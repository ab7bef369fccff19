#pragma once

#include <QList>
#include <QString>

namespace x1::test {

// What poppler's command-line tools (poppler-utils) and Qt PDF say about a PDF file.
struct PdfInfo {
    int pages = 0;
    QString pageSize; // as pdfinfo prints it, e.g. "841.89 x 595.28 pts (A4)"
    QString title;
    QString creator;
};
PdfInfo pdfInfo(const QString& path);

// The text of one page (1-based), as pdftotext extracts it.
QString pdfPageText(const QString& path, int page);

struct PdfFont {
    QString name;
    QString type;
    bool embedded = false;
};
QList<PdfFont> pdfFonts(const QString& path);

// Renders a page (0-based) in-process with Qt PDF and decodes the QR code on it with ZXing;
// empty when none is found.
QString decodeQrOnPage(const QString& path, int page, int dotsPerInch = 200);

} // namespace x1::test
