#include "sources_dialog.h"

#include "sources/ui_sources_dialog.h"

#include "common/table_copy.h"

#include "document/workbook_document.h"

#include <QHash>
#include <QHeaderView>

namespace x1::gui {

SourcesDialog::SourcesDialog(WorkbookDocument* document, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SourcesDialog>()), m_document(document)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sourcesDialog"));
    QTableWidget* table = m_ui->sourcesTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("文件"), tr("SHA-256"), tr("校验码"), tr("读入时间"), tr("报送单位"), tr("学校")});
    table->horizontalHeader()->setStretchLastSection(true);
    installCopyShortcut(table);
    connect(table, &QTableWidget::itemSelectionChanged, this, &SourcesDialog::showSchools);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(document, &WorkbookDocument::changed, this, &SourcesDialog::refresh);
    refresh();
}

SourcesDialog::~SourcesDialog() = default;

QTableWidget* SourcesDialog::sourcesTable() const
{
    return m_ui->sourcesTable;
}

QListWidget* SourcesDialog::schoolsList() const
{
    return m_ui->schoolsList;
}

void SourcesDialog::refresh()
{
    const Workbook& workbook = m_document->workbook();
    QHash<int, int> schools;
    QHash<int, int> inConflict;
    for (const School& school : workbook.schools) {
        ++schools[school.sourceId];
        if (school.conflictGroup != 0)
            ++inConflict[school.sourceId];
    }
    QTableWidget* table = m_ui->sourcesTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(int(workbook.sources.size()));
    for (int row = 0; row < workbook.sources.size(); ++row) {
        const Source& source = workbook.sources[row];
        QString count = QString::number(schools.value(source.id));
        if (inConflict.value(source.id) > 0)
            count += tr("（%1 所有冲突）").arg(inConflict.value(source.id));
        const QString cells[ColumnCount] = {
            source.fileName,
            source.sha256,
            source.verificationCode.isEmpty() ? tr("无") : source.verificationCode,
            source.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            source.unit,
            count,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, source.id);
            if (column == SchoolsColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    m_ui->countLabel->setText(tr("来源文件 %1 个").arg(workbook.sources.size()));
    if (table->rowCount() > 0 && table->selectedItems().isEmpty())
        table->selectRow(0);
    showSchools();
}

void SourcesDialog::showSchools()
{
    m_ui->schoolsList->clear();
    const QList<QTableWidgetItem*> selected = m_ui->sourcesTable->selectedItems();
    if (selected.isEmpty()) {
        m_ui->schoolsCaption->setText(tr("选择一个来源文件，查看来自它的学校。"));
        return;
    }
    const int id = selected.first()->data(Qt::UserRole).toInt();
    const Workbook& workbook = m_document->workbook();
    const Source* source = workbook.sourceById(id);
    for (const School& school : workbook.schools) {
        if (school.sourceId != id)
            continue;
        QString text = school.name + u"　" + school.city + u"　" + school.type;
        if (school.conflictGroup != 0)
            text += tr("（冲突）");
        m_ui->schoolsList->addItem(text);
    }
    m_ui->schoolsCaption->setText(tr("来自 %1 的学校：%2 所").arg(source ? source->fileName : QString()).arg(m_ui->schoolsList->count()));
}

} // namespace x1::gui
