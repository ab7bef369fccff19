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

QList<MajorEnrolment> enrolmentFromText(const QString& text)
{
    // Views, not split(): this runs for every row of every workbook read.
    QList<MajorEnrolment> enrolment;
    if (text.isEmpty())
        return enrolment;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        MajorEnrolment entry;
        std::size_t field = 0;
        for (const QStringView value : line.tokenize(u'\t')) {
            if (field == 0) {
                entry.major = value.toString();
            } else if (field <= entry.enrolled.size()) {
                bool ok = false;
                const int year = value.toInt(&ok);
                if (ok)
                    entry.enrolled[field - 1] = year;
            }
            ++field;
        }
        enrolment << entry;
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
