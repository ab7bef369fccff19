#pragma once

#include "model/evidence.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// How values that are not plain text are kept in the columns of the workbook file
// (docs/file-format.md).
namespace x1::storage {

QString joinList(const QStringList& list);   // newline-separated
QStringList splitList(const QString& text);

// Condition 1's enrolment: one line per major, "major<TAB>y1<TAB>y2<TAB>y3".
QString enrolmentText(const QList<MajorEnrolment>& enrolment);
QList<MajorEnrolment> enrolmentFromText(const QString& text);

// NULL for a value that was not entered.
QVariant optionalValue(const std::optional<int>& value);
QVariant answerValue(const YesNo& yesNo);
std::optional<int> optionalFrom(const QVariant& value);
YesNo yesNoFrom(const QVariant& answer, const QVariant& detail);

} // namespace x1::storage
