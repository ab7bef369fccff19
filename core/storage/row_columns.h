#pragma once

#include "model/evidence.h"
#include "storage/sqlite_connection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How values that are not plain text are kept in the columns of the workbook file
// (docs/file-format.md).
namespace x1::storage {

QString joinList(const QStringList& list);   // newline-separated
QStringList splitList(const QString& text);

// Condition 1's enrolment: one line per major, "major<TAB>y1<TAB>y2<TAB>y3".
QString enrolmentText(const QList<MajorEnrolment>& enrolment);
QList<MajorEnrolment> enrolmentFromText(const QString& text);

// A yes/no answer is 1 or 0, NULL when not entered; a count is NULL when not entered.
std::optional<int> answerNumber(const YesNo& yesNo);
std::optional<int> optionalFrom(const SqliteStatement& row, int column);
YesNo yesNoFrom(const SqliteStatement& row, int answerColumn, int detailColumn);

} // namespace x1::storage
