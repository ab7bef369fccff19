#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace x1 {

// A phone cell as stored: normalizeText, with full-width brackets, dashes and plus signs made
// ASCII ("（028）86110894" → "(028)86110894").
QString normalizePhone(QStringView text);

// The numbers of a phone cell, split at 、，,/ (DOMAIN.md), each trimmed; empty parts dropped.
QStringList splitPhoneNumbers(QStringView text);

// One number: a landline with its area code (028-86110894, 02886110894, (028)86110894,
// （028）86110894, 028 86110894, optionally -123 or 转123), or a mobile (1[3-9] and 9 more
// digits, optionally +86/86, spaces or dashes inside). A local number without area code fails.
bool isValidPhoneNumber(QStringView number);

// Every number of the cell is valid and there is at least one. `firstInvalid` receives the
// first number that is not (the whole text when there is none).
bool validatePhone(QStringView text, QString* firstInvalid = nullptr);

// A hand-filled `联系人及电话` cell: "联系人及电话：王伟 028-86110894" → 王伟, 028-86110894. The
// name is the text before the first digit, "(", "（" or "+", without labels such as 电话：.
struct ContactCell {
    QString name;
    QString phone;
};
ContactCell splitContactCell(QStringView text);

} // namespace x1
