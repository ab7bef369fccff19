#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace x1 {

class Catalog;

// Normalisation of what clerks type, in one place for the GUI, every importer and the CLI
// (DOMAIN.md, "Text is normalised on entry and import"). Every function is pure.

// Surrounding and repeated white space (line breaks, tabs, U+3000 included) become one space or
// nothing; full-width letters and digits (Ｗｅｂ, １２０) become ASCII; zero-width characters go.
QString normalizeText(QStringView text);

// A name (school, major, unit, person, certificate): normalizeText, then ASCII brackets become
// Chinese ones （）, and a space is kept only between two ASCII letters or digits
// ("Web 前端开发" → "Web前端开发", "XX学校 (成都校区)" → "XX学校（成都校区）").
QString normalizeName(QStringView text);

// Whether normalizeText / normalizeName would leave `text` as it is (a quick scan, no copy): lets
// bulk work skip the copy for the values that are already clean, which is nearly all of them.
bool isNormalizedText(QStringView text);
bool isNormalizedName(QStringView text);

// `无`, `/`, `-`, `—`, … (the catalogue's list), or only dashes and slashes: the clerk meant
// to leave the cell empty.
bool isPlaceholder(QStringView text, const Catalog& catalog);
bool isPlaceholder(QStringView text);

// normalizeText, or empty for a placeholder.
QString cleanCell(QStringView text, const Catalog& catalog);
QString cleanCell(QStringView text);
// normalizeName, or empty for a placeholder.
QString cleanName(QStringView text, const Catalog& catalog);
QString cleanName(QStringView text);

// The majors of a 参与试点专业名称 cell: split at 、，,；;/／ and line breaks, each normalised as
// a name; placeholders and repeats dropped (first occurrence kept). Never yields a major `无`.
QStringList splitMajors(QStringView text, const Catalog& catalog);
QStringList splitMajors(QStringView text);

// 参与试点学生规模 as a whole number: "120", "１２０", "120人", "120 人", "120.0", "1.2E2",
// "1,200". Nothing when it is not a whole number (empty, "约120", "120.5", "一百二十").
std::optional<int> parseStudents(QStringView text);
// What to store for a 学生规模 cell: the number when parseStudents understands it, empty for a
// placeholder, else the normalised text as typed (so that E08 can show it).
QString normalizeStudents(QStringView text);

// A school's identity for merging when the 学校标识码 is missing: its normalised name without
// any space, brackets unified, Latin letters in lower case.
QString schoolNameKey(QStringView name);

} // namespace x1
