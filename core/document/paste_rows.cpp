#include "document/paste_rows.h"

#include "model/field_address.h"
#include "normalize/certificate_cell.h"
#include "normalize/field_values.h"
#include "normalize/text.h"

namespace x1 {

QList<QStringList> splitPastedText(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u'\t') {
            row << std::exchange(cell, QString());
            cellStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << std::exchange(cell, QString());
            rows << std::exchange(row, QStringList());
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

namespace {

QString normalized(RowField field, const QString& typed, const Catalog& catalog)
{
    // A value the model cannot hold does not occur among these columns: each keeps its text.
    return normalizeFieldValue(FieldAddress::of(0, 0, field), typed, catalog).value();
}

bool isHeadingRow(const QStringList& cells)
{
    for (const QString& cell : cells) {
        const QString text = normalizeText(cell).remove(u' ');
        if (text.startsWith(QStringLiteral("参与试点证书")) || text == QStringLiteral("试点院校名称"))
            return true;
    }
    return false;
}

} // namespace

QList<CertificateRow> rowsFromPastedText(const QString& text, const Catalog& catalog)
{
    QList<CertificateRow> rows;
    for (const QStringList& cells : splitPastedText(text)) {
        const bool wholeFormRow = cells.size() >= 7;
        const QStringList values = wholeFormRow ? cells.mid(3) : cells;
        if (isHeadingRow(cells) || normalizeText(values.join(QString())).isEmpty())
            continue;
        CertificateRow row;
        const CertificateCell certificate = parseCertificateCell(values.value(0), catalog);
        row.certificate = certificate.certificate;
        row.levels = certificate.levels;
        row.majorCount = normalized(RowField::MajorCount, values.value(1), catalog);
        row.majors = splitMajors(values.value(2), catalog);
        row.students = normalized(RowField::Students, values.value(3), catalog);
        row.remark = normalized(RowField::Remark, values.value(4), catalog);
        rows << row;
    }
    return rows;
}

} // namespace x1
