#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
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

// A page (0-based) rendered in-process with Qt PDF, on white paper.
QImage renderPdfPage(const QString& path, int page, int dotsPerInch);
// The QR code in an image; empty when none is found.
QString decodeQr(const QImage& image);

// The words of a page (1-based) and their boxes in points, as `pdftotext -bbox` finds them.
struct PdfWord {
    QString text;
    QRectF box;
};
QList<PdfWord> pdfWords(const QString& path, int page);

} // namespace x1::test
