#include "../command.h"

#include "printout/printed_form.h"
#include "pdf/pdf_export.h"

#include <QDir>

namespace x1::cli {

namespace {

QString fontFileText(const QString& file)
{
    return file.isEmpty() ? tr("文件未找到，字体表经 Qt 读取") : QDir::toNativeSeparators(file);
}

} // namespace

bool exportPdf(Context& context, const PrintedForm& form, const QString& path, bool verbose)
{
    pdf::PdfFontsUsed fonts;
    if (Status status = pdf::writeFormPdf(form, path, &fonts); !status) {
        context.err << status.message() << '\n';
        return false;
    }
    if (verbose) {
        context.err << tr("PDF 正文字体：%1（%2）").arg(fonts.textFamily, fontFileText(fonts.textFile)) << '\n';
        context.err << tr("PDF 标题字体：%1（%2）").arg(fonts.headingFamily, fontFileText(fonts.headingFile)) << '\n';
    }
    context.err << tr("已导出 %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return true;
}

} // namespace x1::cli
