#pragma once

#include "model/field_address.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace x1 {

class Catalog;

// One parser per kind of cell: what a clerk typed into a field, as the document stores it
// (the text form of model/field_address.h). The window, the console's edit commands, paste and
// every importer go through these, so `１２０人` is 120, `初、中级` is 初级、中级 and `web前端` is
// Web前端开发 wherever it is typed.
//
// A value the checks can judge is kept even when wrong (an unknown certificate, a major count of
// "约3"): E04, E06 … then name it. A value the workbook cannot hold is refused with the reason: a
// 报送单位类别 that is not one of the four, a date that is not a date, a count or an answer
// that is not one, a 市（州） or 隶属 that is not recognised.
Result<QString> normalizeFieldValue(const FieldAddress& address, QStringView typed, const Catalog& catalog);
Result<QString> normalizeFieldValue(const FieldAddress& address, QStringView typed);

// The fields of a workbook that came from outside (a JSON file), through the same normalisers as
// a form's cells: the school's name, type, 市（州）, 隶属 and tiers, each row's certificate, levels,
// majors, counts and students. A value the normaliser refuses is left as it was, for the checks.
void normalizeImportedFields(Workbook& workbook, const Catalog& catalog);

// 参与试点专业数量 as a whole number ("3", "３", "3个", "3.0"): its digits; empty when the cell
// is empty or a placeholder; otherwise nothing (the caller keeps the normalised text for E06).
std::optional<QString> parseMajorCount(QStringView text);

// A whole count of people (team size, 双师型, experts, enrolment): "12", "１２人", "12.0".
std::optional<int> parseCount(QStringView text);

// A yes/no answer: 是/有/具备/符合/yes/y/√ → true; 否/没有/不具备/no/n/× → false.
std::optional<bool> parseAnswer(QStringView text);

// A date as clerks write it: 2019年4月22日, 2019-04-22, 2019/4/22, 2019.4.22 (full-width digits
// too); invalid otherwise.
QDate parseDate(QStringView text);

} // namespace x1
