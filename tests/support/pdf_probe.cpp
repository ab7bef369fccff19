#include "support/pdf_probe.h"

#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>

#include <ZXing/ReadBarcode.h>

namespace x1::test {

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString field(const QString& report, const QString& name)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(name), QRegularExpression::MultilineOption);
    return line.match(report).captured(1).trimmed();
}

} // namespace

PdfInfo pdfInfo(const QString& path)
{
    const QString report = run(QStringLiteral("pdfinfo"), {path});
    return {field(report, QStringLiteral("Pages")).toInt(), field(report, QStringLiteral("Page size")),
            field(report, QStringLiteral("Title")), field(report, QStringLiteral("Creator"))};
}

QString pdfPageText(const QString& path, int page)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                              QString::number(page), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              path, QStringLiteral("-")});
}

QList<PdfFont> pdfFonts(const QString& path)
{
    // Columns are as wide as the dashes under the heading.
    const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return {};
    QList<std::pair<int, int>> columns;
    const QRegularExpression dashes(QStringLiteral("-+"));
    for (auto match = dashes.globalMatch(lines[1]); match.hasNext();) {
        const QRegularExpressionMatch next = match.next();
        columns.append({int(next.capturedStart()), int(next.capturedLength())});
    }
    QList<PdfFont> fonts;
    for (const QString& line : lines.mid(2)) {
        auto column = [&](int i) { return line.mid(columns[i].first, columns[i].second).trimmed(); };
        fonts.append({column(0), column(1), column(3) == u"yes"});
    }
    return fonts;
}

QImage renderPdfPage(const QString& path, int page, int dotsPerInch)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    const QSizeF points = document.pagePointSize(page);
    const QImage rendered = document.render(page, (points * dotsPerInch / 72).toSize());
    // Qt PDF leaves the paper transparent: put it on white.
    QImage image(rendered.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).drawImage(0, 0, rendered);
    return image;
}

QString decodeQr(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

QString decodeQrOnPage(const QString& path, int page, int dotsPerInch)
{
    const QImage image = renderPdfPage(path, page, dotsPerInch);
    return image.isNull() ? QString() : decodeQr(image);
}

QList<PdfWord> pdfWords(const QString& path, int page)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                          QString::number(page), QStringLiteral("-bbox"),
                                                          QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                          QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<PdfWord> words;
    for (auto match = word.globalMatch(html); match.hasNext();) {
        const QRegularExpressionMatch next = match.next();
        const QPointF topLeft(next.captured(1).toDouble(), next.captured(2).toDouble());
        const QPointF bottomRight(next.captured(3).toDouble(), next.captured(4).toDouble());
        words.append({next.captured(5), QRectF(topLeft, bottomRight)});
    }
    return words;
}

} // namespace x1::test
