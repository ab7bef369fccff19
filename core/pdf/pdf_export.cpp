#include "pdf/pdf_export.h"

#include "pdf/form_pages.h"
#include "pdf/form_styles.h"
#include "pdf/glyph_text.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace x1::pdf {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("x1::pdf", text);
}

// Qt compresses every page with a fresh zlib stream whose ~270 kB of buffers glibc would map and
// unmap each time: for a 700-page form that is a tenth of the export in page faults. Keeping such
// blocks on the heap makes them reusable.
void keepLargeBlocksOnTheHeap()
{
#ifdef __GLIBC__
    static const bool done = [] {
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
        return true;
    }();
    Q_UNUSED(done);
#endif
}

void addCodePoints(QSet<char32_t>& set, const QString& text)
{
    forEachCodePoint(text, [&](char32_t c) { set.insert(c); });
}

} // namespace

QSet<char32_t> codePointsOf(const PrintedForm& form)
{
    QSet<char32_t> set;
    // The page furniture: — 1 —, 第 N 页 共 M 页, 校验码, in full-width and ASCII spacing.
    addCodePoints(set, QStringLiteral("0123456789 —　第页共校验码：X-"));
    for (const QString& text : {form.attachmentLabel, form.title, form.unitLabel, form.unit, form.contactLabel,
                                form.contact, form.notesHeading, form.dateLabel, form.date, form.verificationCode})
        addCodePoints(set, text);
    for (const QString& text : form.columns + form.notes)
        addCodePoints(set, text);
    for (const PrintedRow& row : form.rows) {
        for (const QString& cell : row.cells)
            addCodePoints(set, cell);
    }
    addCodePoints(set, form.draftMark);
    addCodePoints(set, draftWatermark());
    set.remove(U'\n');
    return set;
}

Status writeFormPdf(const PrintedForm& form, const QString& path, PdfFontsUsed* fontsUsed, const Progress& progress)
{
    Result<std::unique_ptr<FormPages>> prepared = FormPages::prepare(form);
    if (!prepared)
        return prepared.error();
    const FormPages& formPages = **prepared;
    if (fontsUsed)
        *fontsUsed = formPages.fontsUsed();

    keepLargeBlocksOnTheHeap();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1：无法写入（%2）").arg(QDir::toNativeSeparators(path), fileErrorText(file))};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        writer.setTitle(form.title);
        writer.setCreator(QStringLiteral("x1apply " X1APPLY_VERSION));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("%1：无法开始写 PDF").arg(QDir::toNativeSeparators(path))};
        const int pages = formPages.count();
        for (int page = 0; page < pages; ++page) {
            if (progress.cancelled())
                return Error{cancelledText()};
            if (page > 0)
                writer.newPage();
            formPages.paint(painter, page);
            progress(page + 1, pages, path);
        }
        painter.end(); // embeds the fonts: before they are unregistered
    }
    if (!file.commit())
        return Error{tr("%1：无法写入（%2）").arg(QDir::toNativeSeparators(path), fileErrorText(file))};
    return {};
}

} // namespace x1::pdf
