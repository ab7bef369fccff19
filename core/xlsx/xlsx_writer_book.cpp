#include "xlsx/xlsx_writer_book.h"

#include "util/native_path.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace x1::xlsx {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxWriter)
};

bool isPlainWholeNumber(const QString& text)
{
    if (text.isEmpty() || text.size() > 9 || (text.size() > 1 && text.front() == u'0'))
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

XlsxBook::XlsxBook(const QString& targetPath) : m_targetPath(targetPath), m_target(targetPath)
{
    // The target is written through Qt (Unicode and long paths on every platform) and replaced
    // only when everything was written. libxlsxwriter itself writes to an ASCII-named scratch
    // file in the temporary folder, a short path its UTF-8 → _wfopen conversion (limited to
    // MAX_PATH on Windows) always takes; see docs/windows.md.
    if (!m_target.open(QIODevice::WriteOnly)) {
        m_error = Text::tr("无法写入 %1：%2").arg(QDir::toNativeSeparators(targetPath), fileErrorText(m_target));
        return;
    }
    {
        // Only reserves a unique name: libxlsxwriter creates the file itself.
        QTemporaryFile placeholder(QDir::tempPath() + QStringLiteral("/x1apply-export-XXXXXX.xlsx"));
        if (!placeholder.open()) {
            m_error = Text::tr("无法写入 %1：临时文件夹不可写（%2）")
                          .arg(QDir::toNativeSeparators(targetPath), fileErrorText(placeholder));
            m_target.cancelWriting();
            return;
        }
        m_scratchPath = placeholder.fileName();
    }
    // Its own scratch files are opened with _open()/stat() on a `char*` folder name: on Windows
    // that is the ANSI code page, so the folder goes over in that code page or its 8.3 form.
    // Empty (no form fits): libxlsxwriter falls back to %TMP%, %TEMP% and the current folder.
    const QByteArray scratchFolder = pathForNarrowApi(QDir::tempPath());
    lxw_workbook_options options = {};
    options.tmpdir = scratchFolder.isEmpty() ? nullptr : const_cast<char*>(scratchFolder.constData());
    // Rows go to disk as they are written, their text inline (docs/xlsx-export.md). It asks that
    // every sheet be written row by row, top to bottom (see `Sheet`).
    options.constant_memory = LXW_TRUE;
    m_workbook = workbook_new_opt(QDir::toNativeSeparators(m_scratchPath).toUtf8().constData(), &options);
    if (!m_workbook) {
        m_error = Text::tr("无法写入 %1").arg(QDir::toNativeSeparators(targetPath));
        m_target.cancelWriting();
    }
}

XlsxBook::~XlsxBook()
{
    if (m_workbook) {
        // Never closed: free it without leaving a file behind.
        workbook_close(m_workbook);
        QFile::remove(m_scratchPath);
    }
}

lxw_worksheet* XlsxBook::addSheet(const QString& name)
{
    // Excel refuses a sheet name with []:*?/\ , longer than 31 characters, or used twice.
    QString valid = name;
    for (QChar& c : valid) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'_';
    }
    valid.truncate(31);
    if (lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, valid.toUtf8().constData()))
        return sheet;
    return workbook_add_worksheet(m_workbook, nullptr); // Sheet1, Sheet2 …
}

lxw_format* XlsxBook::addFormat()
{
    return workbook_add_format(m_workbook);
}

void XlsxBook::setProperties(const Properties& properties)
{
    QByteArray title = properties.title.toUtf8(), company = properties.company.toUtf8(), author = properties.author.toUtf8();
    lxw_doc_properties doc = {};
    doc.title = title.data();
    doc.company = company.data();
    doc.author = author.isEmpty() ? nullptr : author.data();
    doc.created = properties.created.isValid() ? time_t(properties.created.toSecsSinceEpoch()) : time_t(0);
    workbook_set_properties(m_workbook, &doc); // copies the strings
}

void XlsxBook::setCustomProperty(const QString& name, const QString& value)
{
    workbook_set_custom_property_string(m_workbook, name.toUtf8().constData(), value.toUtf8().constData());
}

Status XlsxBook::close()
{
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    const auto fail = [this](const QString& reason) {
        QFile::remove(m_scratchPath);
        m_target.cancelWriting();
        return Error{Text::tr("无法写入 %1：%2").arg(QDir::toNativeSeparators(m_targetPath), reason)};
    };
    if (result == LXW_ERROR_ZIP_FILE_OPERATION || result == LXW_ERROR_CREATING_XLSX_FILE
        || result == LXW_ERROR_CREATING_TMPFILE)
        return fail(Text::tr("写入临时文件时出错，磁盘可能已满（%1）").arg(QString::fromUtf8(lxw_strerror(result))));
    if (result != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(result)));
    QFile scratch(m_scratchPath);
    if (!scratch.open(QIODevice::ReadOnly))
        return fail(fileErrorText(scratch));
    char buffer[1 << 16];
    for (qint64 got; (got = scratch.read(buffer, sizeof buffer)) > 0;) {
        if (m_target.write(buffer, got) != got)
            return fail(fileErrorText(m_target));
    }
    scratch.remove();
    if (!m_target.commit())
        return Error{Text::tr("无法写入 %1：不能替换已有文件（是否正在其他程序中打开？）").arg(QDir::toNativeSeparators(m_targetPath))};
    return {};
}

const char* Sheet::utf8(QStringView text)
{
    m_buffer.resize(m_encoder.requiredSpace(text.size()) + 1); // keeps its capacity when shrinking
    char* end = m_encoder.appendToBuffer(m_buffer.data(), text);
    *end = '\0';
    return m_buffer.constData();
}

void Sheet::write(int row, int column, const QString& text, lxw_format* format)
{
    if (isPlainWholeNumber(text))
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), double(text.toInt()), format);
    else
        writeText(row, column, text, format);
}

void Sheet::writeText(int row, int column, const QString& text, lxw_format* format)
{
    if (text.isEmpty()) {
        worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format);
        return;
    }
    worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8(text), format);
}

void Sheet::merge(int firstRow, int firstColumn, int lastRow, int lastColumn, const QString& text, lxw_format* format)
{
    if (firstRow == lastRow && firstColumn == lastColumn) {
        write(firstRow, firstColumn, text, format);
        return;
    }
    // merge_range writes its text as a string cell (never a formula), then blanks the rest.
    worksheet_merge_range(m_sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                          lxw_col_t(lastColumn), utf8(text), format);
    if (isPlainWholeNumber(text))
        worksheet_write_number(m_sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), double(text.toInt()), format);
}

void Sheet::declareMerged(int firstRow, int firstColumn, int lastRow, int lastColumn, lxw_format* format)
{
    // Only the merge is new: the library's own writes to the rows above the current one are
    // dropped (those rows are on disk already), and its blanks in the current row equal ours.
    worksheet_merge_range(m_sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                          lxw_col_t(lastColumn), "", format);
}

void Sheet::setRowHeight(int row, double points)
{
    constexpr double excelTallestRow = 409.5;
    worksheet_set_row(m_sheet, lxw_row_t(row), std::min(points, excelTallestRow), nullptr);
}

void Sheet::setColumnWidth(int column, double width)
{
    worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
}

} // namespace x1::xlsx
