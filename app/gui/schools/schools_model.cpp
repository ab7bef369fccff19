#include "schools_model.h"

#include "common/status_icons.h"
#include "catalog/catalog.h"
#include "document/workbook_document.h"

namespace x1::gui {

SchoolsModel::SchoolsModel(WorkbookDocument* document, QObject* parent)
    : QAbstractListModel(parent), m_document(document)
{
    for (int s = 0; s < document->workbook().schools.size(); ++s)
        m_entries.append(entryOf(s));
    connect(document, &WorkbookDocument::changed, this, &SchoolsModel::documentChanged);
    connect(document, &WorkbookDocument::findingsChanged, this, &SchoolsModel::countFindings);
    countFindings();
}

SchoolsModel::Entry SchoolsModel::entryOf(int school) const
{
    const School& stored = m_document->workbook().schools.at(school);
    return {stored.name, stored.type, stored.city};
}

void SchoolsModel::documentChanged(const ChangeEvent& event)
{
    using Kind = ChangeEvent::Kind;
    switch (event.kind) {
    case Kind::SchoolsInserted:
        beginInsertRows({}, event.first, event.last);
        for (int s = event.first; s <= event.last; ++s)
            m_entries.insert(s, entryOf(s));
        endInsertRows();
        break;
    case Kind::SchoolsRemoved:
        beginRemoveRows({}, event.first, event.last);
        m_entries.remove(event.first, event.last - event.first + 1);
        endRemoveRows();
        break;
    case Kind::School: {
        Entry entry = entryOf(event.school);
        entry.errors = m_entries[event.school].errors;
        entry.warnings = m_entries[event.school].warnings;
        entry.conflict = m_entries[event.school].conflict;
        m_entries[event.school] = entry;
        emit dataChanged(index(event.school), index(event.school));
        break;
    }
    case Kind::Reset:
        beginResetModel();
        m_entries.clear();
        for (int s = 0; s < m_document->workbook().schools.size(); ++s)
            m_entries.append(entryOf(s));
        endResetModel();
        countFindings();
        break;
    default:
        break;
    }
}

void SchoolsModel::countFindings()
{
    struct Counts {
        int errors = 0, warnings = 0;
        bool conflict = false;
    };
    QList<Counts> counts(m_entries.size());
    for (const Finding& finding : m_document->findings()) {
        if (finding.schoolIndex < 0 || finding.schoolIndex >= counts.size())
            continue;
        Counts& school = counts[finding.schoolIndex];
        if (finding.isError())
            ++school.errors;
        else if (!finding.explained)
            ++school.warnings;
        if (finding.code == u"E13")
            school.conflict = true;
    }
    for (int s = 0; s < m_entries.size(); ++s) {
        Entry& entry = m_entries[s];
        const Counts& now = counts[s];
        if (entry.errors == now.errors && entry.warnings == now.warnings && entry.conflict == now.conflict)
            continue;
        entry.errors = now.errors;
        entry.warnings = now.warnings;
        entry.conflict = now.conflict;
        emit dataChanged(index(s), index(s),
                         {Qt::DecorationRole, Qt::ToolTipRole, ErrorCountRole, WarningCountRole, ConflictRole, ProblemsRole});
    }
}

int SchoolsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SchoolsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.name.isEmpty() ? tr("（未填写名称）") : entry.name;
    case Qt::DecorationRole:
        if (entry.conflict)
            return conflictIcon();
        if (entry.errors > 0)
            return errorIcon();
        if (entry.warnings > 0)
            return warningIcon();
        return {};
    case Qt::ToolTipRole: {
        const QString counts = tr("错误 %1 · 未说明的警告 %2").arg(entry.errors).arg(entry.warnings);
        return entry.conflict ? tr("汇总时来源的内容不一致，须选择保留哪个版本") + u'\n' + counts : counts;
    }
    case ErrorCountRole: return entry.errors;
    case WarningCountRole: return entry.warnings;
    case ConflictRole: return entry.conflict;
    case CityRole: return entry.city;
    case TypeRole: return entry.type;
    case CityOrderRole: {
        const int order = Catalog::builtIn().cityOrder(entry.city);
        return order < 0 ? 1000 : order; // unknown last
    }
    case ProblemsRole: return -(entry.errors * 1000 + entry.warnings); // most first when sorted up
    }
    return {};
}

} // namespace x1::gui
