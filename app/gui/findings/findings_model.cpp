#include "findings_model.h"

#include "common/status_icons.h"
#include "document/workbook_document.h"

namespace x1::gui {

FindingsModel::FindingsModel(WorkbookDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_findings(document->findings())
{
    connect(document, &WorkbookDocument::findingsChanged, this, &FindingsModel::reload);
}

void FindingsModel::reload()
{
    const QList<Finding>& findings = m_document->findings();
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& finding = m_findings.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Code)
        return finding.isError() ? errorIcon() : warningIcon();
    if (role == Qt::ToolTipRole)
        return finding.explained ? finding.message + u'\n' + tr("已说明：%1").arg(finding.explanation) : finding.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code: return finding.code;
    case School: return finding.school;
    case Certificate: return finding.certificate;
    case Message: return finding.explained ? tr("%1（已说明）").arg(finding.message) : finding.message;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Code: return tr("代码");
    case School: return tr("学校");
    case Certificate: return tr("证书");
    case Message: return tr("问题");
    }
    return {};
}

} // namespace x1::gui
