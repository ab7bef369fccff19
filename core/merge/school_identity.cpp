#include "merge/school_identity.h"

#include <algorithm>

namespace x1 {

bool sameSchool(const School& a, const School& b)
{
    if (!a.schoolCode.isEmpty() && !b.schoolCode.isEmpty())
        return a.schoolCode == b.schoolCode;
    return schoolNameKey(a.name) == schoolNameKey(b.name);
}

void SchoolIndex::add(const School& school, int position)
{
    if (!school.schoolCode.isEmpty())
        m_byCode[school.schoolCode] << position;
    m_hasCode.insert(position, !school.schoolCode.isEmpty());
    m_byName[schoolNameKey(school.name)] << position;
}

QList<int> SchoolIndex::find(const School& school) const
{
    QList<int> found;
    if (!school.schoolCode.isEmpty())
        found = m_byCode.value(school.schoolCode);
    // By name: every school of that name when this one has no code, else those without a code.
    for (int position : m_byName.value(schoolNameKey(school.name))) {
        if ((school.schoolCode.isEmpty() || !m_hasCode.value(position)) && !found.contains(position))
            found << position;
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace x1
