#pragma once

#include "model/workbook.h"
#include "rules/check_engine.h"
#include "rules/finding.h"

#include <QList>
#include <QSet>

namespace x1 {

class Catalog;

// The options every check of a workbook runs with, in the window and in the console: W09 gets
// the verification code of what the workbook would print now.
CheckOptions standardCheckOptions();

// The findings of an open document, kept current by re-checking only what edits touched: the
// workbook's own findings after every edit, one school's after an edit of it, everything after
// a change of the header (W08 and W07 depend on it) or of the list of schools.
class LiveChecks {
public:
    explicit LiveChecks(const Catalog& catalog);

    void markSchool(int index, bool inConflict);
    void markEverything();
    // A school inserted at `index` or removed from it (the workbook as it is now): the other
    // schools' findings move with them instead of being checked again.
    void schoolInserted(const Workbook& workbook, int index);
    void schoolRemoved(const Workbook& workbook, int index);
    bool isPending() const { return m_everything || m_itself; }

    // Re-checks what was marked.
    void update(const Workbook& workbook);

    // Every finding, in printed order (as checkWorkbook gives them).
    const QList<Finding>& findings() const;
    // The findings of one school and its rows.
    const QList<Finding>& findingsOfSchool(int index) const { return m_schools.at(index); }

private:
    // The findings of the schools from `first` on carry their new numbers; a school without a name
    // (called by its number) is checked again.
    void renumberFrom(const Workbook& workbook, int first);

    const Catalog& m_catalog;
    CheckOptions m_options;
    QList<Finding> m_itselfFindings;
    QList<QList<Finding>> m_schools;
    QSet<int> m_dirtySchools;
    bool m_everything = true;
    bool m_itself = true;
    mutable QList<Finding> m_all;
    mutable bool m_allStale = true;
};

} // namespace x1
