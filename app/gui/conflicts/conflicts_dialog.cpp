#include "conflicts_dialog.h"

#include "conflicts/ui_conflicts_dialog.h"

#include "conflict_versions.h"

#include "document/workbook_document.h"
#include "merge/conflict_resolver.h"

#include <QHeaderView>
#include <QColor>
#include <QPushButton>

#include <algorithm>

namespace x1::gui {

namespace {

const QColor differs(255, 224, 178);

} // namespace

ConflictsDialog::ConflictsDialog(WorkbookDocument* document, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConflictsDialog>()), m_document(document)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("conflictsDialog"));
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->versionsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->versionsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->schoolList, &QListWidget::currentRowChanged, this, &ConflictsDialog::showGroup);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(document, &WorkbookDocument::changed, this, &ConflictsDialog::refresh);
    refresh();
}

ConflictsDialog::~ConflictsDialog() = default;

QListWidget* ConflictsDialog::schoolList() const
{
    return m_ui->schoolList;
}

QTableWidget* ConflictsDialog::versionsTable() const
{
    return m_ui->versionsTable;
}

void ConflictsDialog::refresh()
{
    const int current = m_ui->schoolList->currentRow();
    const QList<ConflictGroup> groups = conflictGroups(m_document->workbook());
    const QSignalBlocker blocker(m_ui->schoolList);
    m_ui->schoolList->clear();
    for (const ConflictGroup& group : groups) {
        auto* item = new QListWidgetItem(tr("%1（%2 个版本）").arg(group.name).arg(group.schools.size()));
        item->setData(Qt::UserRole, group.group);
        m_ui->schoolList->addItem(item);
    }
    m_ui->countLabel->setText(groups.isEmpty() ? tr("没有未解决的冲突。") : tr("未解决的冲突：%1 所学校").arg(groups.size()));
    if (!groups.isEmpty())
        m_ui->schoolList->setCurrentRow(std::clamp(current, 0, int(groups.size()) - 1));
    showGroup();
}

void ConflictsDialog::showGroup()
{
    QTableWidget* table = m_ui->versionsTable;
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(0);
    QLayout* buttons = m_ui->keepButtons->layout();
    while (QLayoutItem* item = buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QListWidgetItem* selected = m_ui->schoolList->currentItem();
    if (!selected)
        return;
    const Workbook& workbook = m_document->workbook();
    const int group = selected->data(Qt::UserRole).toInt();
    QList<int> versions;
    for (const ConflictGroup& candidate : conflictGroups(workbook)) {
        if (candidate.group == group)
            versions = candidate.schools;
    }
    QList<QList<VersionLine>> lines;
    qsizetype longest = 0;
    for (int index : versions) {
        lines << versionLines(workbook.schools[index]);
        longest = std::max(longest, lines.last().size());
    }
    table->setColumnCount(int(versions.size()));
    table->setRowCount(int(longest));
    QStringList captions;
    for (int v = 0; v < versions.size(); ++v) {
        const School& school = workbook.schools[versions[v]];
        const Source* source = workbook.sourceById(school.sourceId);
        const QString header = source ? tr("%1\n读入于 %2").arg(source->fileName, source->importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                      : tr("本工作簿中录入");
        table->setHorizontalHeaderItem(v, new QTableWidgetItem(header));
        auto* keep = new QPushButton(tr("保留此版本"), m_ui->keepButtons);
        keep->setObjectName(QStringLiteral("keepVersion%1").arg(v));
        keep->setEnabled(source != nullptr && m_document->isEditable());
        connect(keep, &QPushButton::clicked, this, [this, v] { keepVersion(v); });
        buttons->addWidget(keep);
    }
    for (int line = 0; line < longest; ++line) {
        QStringList values;
        for (const QList<VersionLine>& version : lines)
            values << (line < version.size() ? version[line].value : QString());
        for (const QList<VersionLine>& version : lines) {
            if (line < version.size()) {
                table->setVerticalHeaderItem(line, new QTableWidgetItem(version[line].caption));
                break;
            }
        }
        const bool different = values.count(values.first()) != values.size();
        for (int v = 0; v < values.size(); ++v) {
            auto* item = new QTableWidgetItem(values[v]);
            if (different)
                item->setBackground(differs);
            item->setData(Qt::UserRole, different);
            table->setItem(line, v, item);
        }
    }
}

bool ConflictsDialog::keepVersion(int version)
{
    const QListWidgetItem* selected = m_ui->schoolList->currentItem();
    if (!selected)
        return false;
    Workbook workbook = m_document->workbook();
    const int group = selected->data(Qt::UserRole).toInt();
    QList<int> versions;
    for (const ConflictGroup& candidate : conflictGroups(workbook)) {
        if (candidate.group == group)
            versions = candidate.schools;
    }
    if (version < 0 || version >= versions.size())
        return false;
    const School& chosen = workbook.schools[versions[version]];
    const Source* source = workbook.sourceById(chosen.sourceId);
    if (!source)
        return false;
    const QString school = chosen.schoolCode.isEmpty() ? chosen.name : chosen.schoolCode;
    Result<QString> kept = resolveConflict(workbook, school, source->sha256);
    if (!kept) {
        emit refused(kept.message());
        return false;
    }
    if (Status stored = m_document->replaceWorkbook(workbook, tr("解决冲突：%1").arg(*kept)); !stored) {
        emit refused(stored.message());
        return false;
    }
    return true;
}

} // namespace x1::gui
