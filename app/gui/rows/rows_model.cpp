#include "rows_model.h"

#include "catalog/catalog.h"
#include "common/school_shift.h"
#include "document/workbook_document.h"

#include <QColor>

namespace x1::gui {

namespace {

int levelColumn(const QString& level)
{
    const int position = int(Catalog::builtIn().levels().indexOf(level));
    return position < 0 ? -1 : RowsModel::Junior + position;
}

} // namespace

RowsModel::RowsModel(WorkbookDocument* document, QObject* parent) : QAbstractTableModel(parent), m_document(document)
{
    m_editable = document->isEditable();
    connect(document, &WorkbookDocument::changed, this, &RowsModel::documentChanged);
    connect(document, &WorkbookDocument::findingsChanged, this, [this] {
        collectFindings();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                             {Qt::ToolTipRole, Qt::BackgroundRole});
    });
}

void RowsModel::setSchool(int school)
{
    if (school == m_school)
        return;
    m_school = school;
    reload();
}

void RowsModel::reload()
{
    beginResetModel();
    const QList<School>& schools = m_document->workbook().schools;
    if (m_school >= schools.size())
        m_school = -1;
    m_rows = m_school >= 0 ? schools.at(m_school).rows : QList<CertificateRow>{};
    m_editable = m_document->isEditable();
    collectFindings();
    endResetModel();
}

void RowsModel::documentChanged(const ChangeEvent& event)
{
    using Kind = ChangeEvent::Kind;
    if (event.kind == Kind::SchoolsInserted || event.kind == Kind::SchoolsRemoved) {
        const int shifted = schoolAfter(m_school, event);
        if (shifted < 0 && m_school >= 0) {
            m_school = -1;
            reload();
        }
        m_school = shifted;
        return;
    }
    if (event.kind == Kind::Reset || (event.kind == Kind::Header && m_editable != m_document->isEditable())) {
        reload();
        return;
    }
    if (event.school != m_school || m_school < 0)
        return;
    const QList<CertificateRow>& rows = m_document->workbook().schools.at(m_school).rows;
    switch (event.kind) {
    case Kind::RowsInserted:
        beginInsertRows({}, event.first, event.last);
        for (int r = event.first; r <= event.last; ++r)
            m_rows.insert(r, rows.at(r));
        endInsertRows();
        break;
    case Kind::RowsRemoved:
        beginRemoveRows({}, event.first, event.last);
        m_rows.remove(event.first, event.last - event.first + 1);
        endRemoveRows();
        break;
    case Kind::RowsChanged:
        for (int r = event.first; r <= event.last; ++r)
            m_rows[r] = rows.at(r);
        emit dataChanged(index(event.first, 0), index(event.last, ColumnCount - 1));
        break;
    default:
        break;
    }
}

int RowsModel::columnOfField(const QString& field)
{
    static const QHash<QString, int> columns = {
        {QStringLiteral("certificate"), Certificate}, {QStringLiteral("levels"), Junior},
        {QStringLiteral("majors"), Majors},           {QStringLiteral("majorCount"), MajorCount},
        {QStringLiteral("students"), Students},       {QStringLiteral("remark"), Remark}};
    return columns.value(field, -1);
}

// The findings of the shown school's rows, by cell, for the cells' tool tips and colours.
void RowsModel::collectFindings()
{
    m_problems.clear();
    m_hasError.clear();
    if (m_school < 0)
        return;
    for (const Finding& finding : m_document->findings()) {
        if (finding.schoolIndex != m_school || finding.rowIndex < 0 || finding.rowIndex >= m_rows.size())
            continue;
        const int column = columnOfField(finding.field);
        const QList<int> columns = finding.field == u"levels" ? QList<int>{Junior, Intermediate, Senior}
                                                               : QList<int>{column < 0 ? Certificate : column};
        for (int each : columns) {
            const QPair<int, int> cell{finding.rowIndex, each};
            m_problems[cell] << finding.code + u' ' + finding.message;
            m_hasError[cell] = m_hasError.value(cell) || finding.isError();
        }
    }
}

int RowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateRow& row = m_rows.at(index.row());
    const int column = index.column();
    const bool isLevel = column >= Junior && column <= Senior;
    if (role == Qt::CheckStateRole && isLevel) {
        const QString level = Catalog::builtIn().levels().value(column - Junior);
        return row.levels.contains(level) ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::TextAlignmentRole)
        return int(column == Students || column == MajorCount ? Qt::AlignRight | Qt::AlignVCenter
                                                               : Qt::AlignLeft | Qt::AlignVCenter);
    const QPair<int, int> cell{index.row(), column};
    if (role == Qt::ToolTipRole)
        return m_problems.contains(cell) ? QVariant(m_problems.value(cell).join(u'\n')) : QVariant();
    if (role == Qt::BackgroundRole) {
        if (!m_problems.contains(cell))
            return {};
        return m_hasError.value(cell) ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xff, 0xf4, 0xce);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Certificate: return row.certificate;
    case Majors: return row.majors.join(listSeparator);
    case MajorCount: return row.printedMajorCount();
    case Students: return row.students;
    case Remark: return row.remark;
    }
    return {};
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Certificate: return tr("证书");
    case Junior: return tr("初级");
    case Intermediate: return tr("中级");
    case Senior: return tr("高级");
    case Majors: return tr("专业（用顿号分隔）");
    case MajorCount: return tr("专业数量");
    case Students: return tr("学生规模");
    case Remark: return tr("备注");
    }
    return {};
}

Qt::ItemFlags RowsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editable || index.column() == MajorCount)
        return flags;
    if (index.column() >= Junior && index.column() <= Senior)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

QStringList RowsModel::levelsWith(const CertificateRow& row, int column, bool checked) const
{
    // The levels in the catalogue's order, then any level the catalogue does not know (E05 names it).
    QStringList levels;
    for (const QString& level : Catalog::builtIn().levels()) {
        const bool isThis = levelColumn(level) == column;
        if (isThis ? checked : row.levels.contains(level))
            levels << level;
    }
    for (const QString& level : row.levels) {
        if (levelColumn(level) < 0)
            levels << level;
    }
    return levels;
}

bool RowsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || m_school < 0
        || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const int row = index.row();
    const auto at = [this, row](RowField field) { return FieldAddress::of(m_school, row, field); };
    Status status;
    switch (index.column()) {
    case Certificate: status = m_document->setField(at(RowField::Certificate), value.toString()); break;
    case Junior:
    case Intermediate:
    case Senior:
        if (role != Qt::CheckStateRole)
            return false;
        status = m_document->setField(at(RowField::Levels),
                                      levelsWith(m_rows.at(row), index.column(), value.toInt() == Qt::Checked)
                                          .join(listSeparator));
        break;
    case Majors:
        // In the window the 专业数量 is always the count of the majors listed.
        status = m_document->setFields({{at(RowField::Majors), value.toString()}, {at(RowField::MajorCount), QString()}},
                                       tr("修改专业"));
        break;
    case Students: status = m_document->setField(at(RowField::Students), value.toString()); break;
    case Remark: status = m_document->setField(at(RowField::Remark), value.toString()); break;
    default: return false;
    }
    if (!status) {
        emit refused(status.message());
        return false;
    }
    return true;
}

} // namespace x1::gui
