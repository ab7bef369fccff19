#include "model/workbook.h"

namespace x1 {

const Source* Workbook::sourceById(int id) const
{
    for (const Source& source : sources) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

int Workbook::rowCount() const
{
    int count = 0;
    for (const School& school : schools)
        count += school.rows.size();
    return count;
}

} // namespace x1
