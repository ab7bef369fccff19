#pragma once

#include <QString>
#include <QStringView>

namespace x1 {

class Catalog;

// 学校类型: the catalogue's canonical type for the spellings clerks use (中等职业学校, 中专, 职高
// → 中职; 高职院校, 高职高专 → 高职; 职业本科 → 本科层次职业教育试点学校; 技校, 技师学院 → 技工学校).
// An unknown spelling comes back normalised as typed (E02 then names it); a placeholder as empty.
QString canonicalSchoolType(QStringView text, const Catalog& catalog);
QString canonicalSchoolType(QStringView text);

// 隶属: 省属 or 市（州）属 (市属, 州属, 市(州)属 …); empty when empty or not understood.
QString canonicalAffiliation(QStringView text, const Catalog& catalog);
QString canonicalAffiliation(QStringView text);

// 市（州）: the official name for 成都, 成都市, 四川省成都市, 阿坝, 阿坝州, 510100 …; empty when unknown.
QString canonicalCity(QStringView text, const Catalog& catalog);
QString canonicalCity(QStringView text);

// The 市（州） that a unit's or a school's name begins with: 宜宾市教育局, 四川省宜宾市职业技术学校,
// 阿坝州教育局, 泸州职业技术学院 → the official name; empty when it begins with none (a 县 name alone,
// 宜宾县…, is not enough).
QString cityNamedAtStart(QStringView name, const Catalog& catalog);

} // namespace x1
