#pragma once

#include "model/workbook.h"

#include <QList>
#include <QString>

namespace x1 {

class Catalog;

// The stored order of a merged form (DOMAIN.md): 市（州） in the official order (unknown last),
// then 学校类型 (高职, 中职, 本科层次职业教育试点学校, 应用型本科, others last), then the name
// in pinyin order. The key is computed when a school is added and stored with it, so that the
// printed order never depends on the collation of the machine that prints; it compares as a
// plain string.
QString schoolSortKey(const School& school, const Catalog& catalog);

// A name's pinyin key: each character's position in resources/catalog/pinyin_order.txt (made
// once with ICU's Chinese collation) as five hex digits; characters not listed there come
// after all listed ones, by code point. Character by character: ICU's few word-level readings
// (重庆 read chong) are not followed.
QString pinyinKey(const QString& name);

// Sorts schools by their stored key (computing it where missing), ties by name, 学校标识码
// and the SHA-256 of their source, so that the result does not depend on the order of the
// list; the versions of a school in conflict stay together at the place of the first of them.
void sortSchools(QList<School>& schools, const QList<Source>& sources, const Catalog& catalog);

} // namespace x1
