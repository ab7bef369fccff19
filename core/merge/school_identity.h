#pragma once

#include "model/school.h"
#include "normalize/text.h"

#include <QHash>
#include <QList>
#include <QString>

namespace x1 {

// The identity of a school when merging: its 学校标识码 when both sides have one, else its
// normalised name (schoolNameKey of normalize/text.h: spacing, full-width letters and digits,
// the two kinds of brackets and letter case do not make two schools of one).
bool sameSchool(const School& a, const School& b);

// Finds the schools of a growing list that are the same school as a given one, in constant time
// per lookup. Entries are positions in the caller's list.
class SchoolIndex {
public:
    void add(const School& school, int position);
    // Positions of the indexed schools that are the same school as `school`, in the order added.
    QList<int> find(const School& school) const;

private:
    QHash<QString, QList<int>> m_byCode;
    QHash<QString, QList<int>> m_byName;        // every school
    QHash<int, bool> m_hasCode;
};

} // namespace x1
