#pragma once

#include "document/workbook_document.h"

namespace x1::gui {

// Where the school a view shows (by index into Workbook::schools) is after a change of the
// document: moved by schools inserted or removed before it; -1 when it was removed.
inline int schoolAfter(int school, const ChangeEvent& event)
{
    if (school < 0)
        return school;
    const int count = event.last - event.first + 1;
    if (event.kind == ChangeEvent::Kind::SchoolsInserted && event.first <= school)
        return school + count;
    if (event.kind == ChangeEvent::Kind::SchoolsRemoved) {
        if (school > event.last)
            return school - count;
        if (school >= event.first)
            return -1;
    }
    return school;
}

} // namespace x1::gui
