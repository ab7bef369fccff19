#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSaveFile>
#include <QString>
#include <QStringEncoder>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace x1::xlsx {

// A thin owner of one libxlsxwriter workbook: it writes to a scratch file and puts the file in
// place (QSaveFile) only when everything was written, so a failed export never leaves
// a half-written or clobbered file. All text goes in as QString and is written as text — never
// as a formula, whatever it starts with.
class XlsxBook {
public:
    explicit XlsxBook(const QString& targetPath);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    // Empty when the temporary file could not be made (the reason is in `error()`).
    bool isOpen() const { return m_workbook != nullptr; }
    const QString& error() const { return m_error; }

    lxw_workbook* handle() const { return m_workbook; }
    lxw_worksheet* addSheet(const QString& name);
    lxw_format* addFormat();

    struct Properties {
        QString title, company, author;
        QDateTime created;
    };
    void setProperties(const Properties& properties);
    void setCustomProperty(const QString& name, const QString& value);

    // Writes the zip and moves it to the target path.
    Status close();

private:
    QString m_targetPath;
    QSaveFile m_target;
    QString m_scratchPath;
    QString m_error;
    lxw_workbook* m_workbook = nullptr;
};

// A worksheet seen through QString. The book streams rows to disk, so a sheet is written row by
// row, top to bottom: a write to a row above the current one is lost.
class Sheet {
public:
    explicit Sheet(lxw_worksheet* sheet) : m_sheet(sheet) {}

    lxw_worksheet* handle() const { return m_sheet; }
    // A whole number (no sign, no leading zero) is written as a number, everything else as text.
    void write(int row, int column, const QString& text, lxw_format* format);
    void writeText(int row, int column, const QString& text, lxw_format* format);
    // Merges cells of the current row, writing `text` into the first of them.
    void merge(int firstRow, int firstColumn, int lastRow, int lastColumn, const QString& text, lxw_format* format);
    // Merges cells over several rows, down to the current row `lastRow`: the text of the first
    // cell and the blanks below it were written as their rows came.
    void declareMerged(int firstRow, int firstColumn, int lastRow, int lastColumn, lxw_format* format);
    void setRowHeight(int row, double points);
    void setColumnWidth(int column, double width);

private:
    // The UTF-8 of `text`, null-terminated, in a buffer reused from cell to cell.
    const char* utf8(QStringView text);

    lxw_worksheet* m_sheet;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    QByteArray m_buffer;
};

} // namespace x1::xlsx
