#include "xlsx/form_xlsx_writer.h"

#include "util/clock.h"
#include "xlsx/xlsx_writer_book.h"
#include "xlsx/xlsx_writer_sheets.h"

#include <future>

namespace x1 {

Status writeFormXlsx(const QString& path, const FormXlsxContent& content)
{
    const PrintedForm& form = content.form;
    xlsx::XlsxBook book(path);
    if (!book.isOpen())
        return Error{book.error()};

    // Sheet 2 is laid out, its checks included, on another core while sheet 1 is written.
    std::future<xlsx::SelfCheckSheet> selfCheck;
    if (content.findings)
        selfCheck = std::async(std::launch::async, [&content] { return xlsx::layOutSelfCheckSheet(content); });
    xlsx::writePrintedFormSheet(book, form);
    if (selfCheck.valid())
        xlsx::writeSelfCheckSheet(book, selfCheck.get(), form.verificationCode);

    // Created = 填报日期, so the same workbook always gives the same file.
    const QDate fillDate = content.workbook.header.fillDate;
    book.setProperties({form.title, form.unit, content.workbook.header.contact,
                        fillDate.isValid() ? QDateTime(fillDate, QTime(0, 0), Qt::UTC) : Clock::now()});
    book.setCustomProperty(QStringLiteral("校验码"), form.verificationCode);
    return book.close();
}

} // namespace x1
