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
    QList<MajorEnrolment> enrolment;
    for (const QString& line : splitList(text)) {
        const QStringList fields = line.split(u'\t');
        MajorEnrolment entry;
        entry.major = fields.value(0);
        for (qsizetype i = 0; i < 3; ++i) {
            bool ok = false;
            const int year = fields.value(i + 1).toInt(&ok);
            if (ok)
                entry.enrolled[size_t(i)] = year;
        }
        enrolment << entry;
    }
    return enrolment;
}

QVariant optionalValue(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant answerValue(const YesNo& yesNo)
{
    return yesNo.answer ? QVariant(int(*yesNo.answer)) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> optionalFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

YesNo yesNoFrom(const QVariant& answer, const QVariant& detail)
{
    YesNo yesNo;
    if (!answer.isNull())
        yesNo.answer = answer.toInt() != 0;
    yesNo.detail = detail.toString();
    return yesNo;
}

} // namespace x1::storage
