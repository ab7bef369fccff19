#include "document/live_checks.h"

#include "catalog/catalog.h"
#include "normalize/text.h"
#include "printout/printed_form.h"

namespace x1 {

CheckOptions standardCheckOptions()
{
    CheckOptions options;
    // W09 compares a reopened workbook's sealed code with the code of what it would print now.
    options.computeCurrentCode = [](const Workbook& workbook) {
        return PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;
    };
    return options;
}

LiveChecks::LiveChecks(const Catalog& catalog) : m_catalog(catalog), m_options(standardCheckOptions()) {}

void LiveChecks::markSchool(int index, bool inConflict)
{
    // The versions of a school in conflict (E13) are judged together.
    if (inConflict)
        m_everything = true;
    m_dirtySchools.insert(index);
    m_itself = true;
}

void LiveChecks::markEverything()
{
    m_everything = true;
    m_itself = true;
}

void LiveChecks::renumberFrom(const Workbook& workbook, int first)
{
    for (int i = first; i < m_schools.size(); ++i) {
        for (Finding& finding : m_schools[i])
            finding.schoolIndex = i;
        // A school without a name is called by its number, which has changed.
        if (cleanName(workbook.schools.value(i).name).isEmpty())
            m_dirtySchools.insert(i);
    }
    m_itself = true;
    m_allStale = true;
}

void LiveChecks::schoolInserted(const Workbook& workbook, int index)
{
    if (m_everything || workbook.schools[index].conflictGroup != 0) {
        markEverything();
        return;
    }
    QSet<int> dirty{index};
    for (int marked : std::as_const(m_dirtySchools))
        dirty.insert(marked >= index ? marked + 1 : marked);
    m_dirtySchools = dirty;
    m_schools.insert(index, {});
    renumberFrom(workbook, index + 1);
}

void LiveChecks::schoolRemoved(const Workbook& workbook, int index)
{
    if (m_everything || index >= m_schools.size()) {
        markEverything();
        return;
    }
    QSet<int> dirty;
    for (int marked : std::as_const(m_dirtySchools))
        if (marked != index)
            dirty.insert(marked > index ? marked - 1 : marked);
    m_dirtySchools = dirty;
    m_schools.removeAt(index);
    renumberFrom(workbook, index);
}

void LiveChecks::update(const Workbook& workbook)
{
    if (!isPending())
        return;
    m_itselfFindings = checkWorkbookItself(workbook, m_catalog, m_options);
    if (m_everything) {
        m_schools.clear();
        m_schools.reserve(workbook.schools.size());
        for (int i = 0; i < workbook.schools.size(); ++i)
            m_schools << checkSchoolAt(workbook, i, m_catalog, m_options);
    } else {
        for (int index : std::as_const(m_dirtySchools))
            m_schools[index] = checkSchoolAt(workbook, index, m_catalog, m_options);
    }
    m_dirtySchools.clear();
    m_everything = m_itself = false;
    m_allStale = true;
}

const QList<Finding>& LiveChecks::findings() const
{
    if (m_allStale) {
        qsizetype total = m_itselfFindings.size();
        for (const QList<Finding>& school : m_schools)
            total += school.size();
        m_all.clear();
        m_all.reserve(total);
        m_all << m_itselfFindings;
        for (const QList<Finding>& school : m_schools)
            m_all << school;
        m_allStale = false;
    }
    return m_all;
}

} // namespace x1
