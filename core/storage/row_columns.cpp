#include "storage/row_columns.h"

namespace x1::storage {

QString joinList(const QStringList& list)
{
    return list.join(u'\n');
}

QStringList splitList(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

QString enrolmentText(const QList<MajorEnrolment>& enrolment)
{
    QStringList lines;
    for (const MajorEnrolment& entry : enrolment) {
        QString line = entry.major;
        for (const std::optional<int>& year : entry.enrolled)
            line += u'\t' + (year ? QString::number(*year) : QString());
        lines << line;
    }
    return lines.join(u'\n');
}

namespace {

// A count as enrolmentText wrote it: digits, perhaps a minus sign; anything else is no count.
std::optional<int> countFrom(QStringView text)
{
    const bool negative = text.startsWith(u'-');
    const QStringView digits = negative ? text.sliced(1) : text;
    if (digits.isEmpty() || digits.size() > 9)
        return std::nullopt;
    int value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return negative ? -value : value;
}

// The next piece of `text` up to `separator` (or its end), from `at`, which moves past it.
QStringView nextPiece(QStringView text, qsizetype& at, char16_t separator)
{
    qsizetype end = text.indexOf(separator, at);
    if (end < 0)
        end = text.size();
    const QStringView piece = text.sliced(at, end - at);
    at = end + 1;
    return piece;
}

} // namespace

QList<MajorEnrolment> enrolmentFromText(const QString& text)
{
    // Read in place rather than split(): this runs for every row of every workbook read.
    QList<MajorEnrolment> enrolment;
    const QStringView all(text);
    for (qsizetype lineAt = 0; lineAt <= all.size() && !all.isEmpty();) {
        const QStringView line = nextPiece(all, lineAt, u'\n');
        MajorEnrolment entry;
        qsizetype fieldAt = 0;
        entry.major = nextPiece(line, fieldAt, u'\t').toString();
        for (std::optional<int>& year : entry.enrolled) {
            if (fieldAt > line.size())
                break;
            year = countFrom(nextPiece(line, fieldAt, u'\t'));
        }
        enrolment << std::move(entry);
    }
    return enrolment;
}

std::optional<int> answerNumber(const YesNo& yesNo)
{
    return yesNo.answer ? std::optional<int>(int(*yesNo.answer)) : std::nullopt;
}

std::optional<int> optionalFrom(const SqliteStatement& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return int(row.integer(column));
}

YesNo yesNoFrom(const SqliteStatement& row, int answerColumn, int detailColumn)
{
    YesNo yesNo;
    if (!row.isNull(answerColumn))
        yesNo.answer = row.integer(answerColumn) != 0;
    yesNo.detail = row.text(detailColumn);
    return yesNo;
}

} // namespace x1::storage
