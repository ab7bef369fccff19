#include "import_summary_dialog.h"

#include "office/ui_import_summary_dialog.h"

#include "common/file_dialog.h"
#include "common/message_box.h"
#include "common/table_copy.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QSaveFile>

namespace x1::gui {

namespace {

void fill(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows[row][column]));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    installCopyShortcut(table);
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const MergeSummary& summary, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportSummaryDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importSummaryDialog"));
    QString text = tr("读入 %1 个文件（%2 个此前已导入过）。新增学校 %3 所；相同的重复 %4 处已合并；冲突 %5 所；未能读取的文件 %6 个；未能识别的单元格 %7 个。")
                       .arg(summary.sourcesRead)
                       .arg(summary.sourcesAlreadyImported)
                       .arg(summary.schoolsAdded)
                       .arg(summary.duplicatesFolded)
                       .arg(summary.conflictsLeft())
                       .arg(summary.refused.size())
                       .arg(summary.cellsNotUnderstood.size());
    if (summary.conflictsLeft() > 0)
        text += u'\n' + tr("冲突的学校请在“汇总 → 冲突”中选择保留的版本。");
    text += u'\n' + (summary.written ? tr("工作簿已更新；撤销（Ctrl+Z）可撤回整个导入。") : tr("工作簿没有改变。"));
    m_ui->summaryLabel->setText(text);

    QList<QStringList> refused;
    for (const RefusedSource& source : summary.refused)
        refused << QStringList{QDir::toNativeSeparators(source.file), source.reason};
    fill(m_ui->refusedTable, {tr("文件"), tr("原因")}, refused);
    m_ui->refusedCaption->setVisible(!refused.isEmpty());
    m_ui->refusedTable->setVisible(!refused.isEmpty());

    QList<QStringList> cells;
    for (const CellIssue& cell : summary.cellsNotUnderstood)
        cells << QStringList{QFileInfo(cell.file).fileName(), cell.sheet, cell.cell, cell.text, cell.reason};
    fill(m_ui->cellsTable, {tr("文件"), tr("工作表"), tr("单元格"), tr("内容"), tr("原因")}, cells);

    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(tableAsTabSeparated(m_ui->cellsTable, false)); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ImportSummaryDialog::saveChosen);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    m_ui->copyButton->setEnabled(!cells.isEmpty());
    m_ui->saveButton->setEnabled(!cells.isEmpty());
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

QString ImportSummaryDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QTableWidget* ImportSummaryDialog::cellsTable() const
{
    return m_ui->cellsTable;
}

QTableWidget* ImportSummaryDialog::refusedTable() const
{
    return m_ui->refusedTable;
}

bool ImportSummaryDialog::saveCells(const QString& path)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(tableAsCsv(m_ui->cellsTable)) >= 0 && file.commit();
}

void ImportSummaryDialog::saveChosen()
{
    const QString path = FileDialog::saveFile(this, tr("保存未能识别的单元格"), tr("未能识别的单元格.csv"),
                                              tr("CSV 文件 (*.csv)"), QStringLiteral(".csv"), QStringLiteral("reportFolder"));
    if (!path.isEmpty() && !saveCells(path))
        MessageBox::warning(this, tr("未能保存"), tr("无法写入 %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace x1::gui
