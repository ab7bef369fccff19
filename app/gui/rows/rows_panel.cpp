#include "rows_panel.h"

#include "rows/ui_rows_panel.h"

#include "document/workbook_document.h"
#include "rows/certificate_delegate.h"
#include "rows/evidence_dialog.h"
#include "rows/majors_delegate.h"
#include "rows/rows_delegate.h"
#include "rows/rows_model.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSet>

namespace x1::gui {

RowsPanel::RowsPanel(WorkbookDocument* document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RowsPanel>()), m_document(document), m_model(new RowsModel(document, this))
{
    m_ui->setupUi(this);
    QTableView* table = m_ui->rowsTable;
    table->setModel(m_model);
    table->setItemDelegate(new RowsDelegate(table));
    table->installEventFilter(this);
    table->setItemDelegateForColumn(RowsModel::Certificate, new CertificateDelegate(table));
    table->setItemDelegateForColumn(RowsModel::Majors, new MajorsDelegate(m_model, table));
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(RowsModel::Certificate, 180);
    header->resizeSection(RowsModel::Majors, 320);
    for (int narrow : {RowsModel::Junior, RowsModel::Intermediate, RowsModel::Senior, RowsModel::MajorCount, RowsModel::Students})
        header->setSectionResizeMode(narrow, QHeaderView::ResizeToContents);

    m_addRow = addAction(QStringLiteral("addRowAction"), tr("新增证书行"),
                         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_removeRows = addAction(QStringLiteral("removeRowsAction"), tr("删除证书行"), {QKeySequence(Qt::Key_Delete)});
    m_paste = addAction(QStringLiteral("pasteRowsAction"), tr("粘贴为新行"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), QKeySequence::Paste});
    m_evidence = addAction(QStringLiteral("evidenceAction"), tr("试点条件…"), {});
    connect(m_evidence, &QAction::triggered, this, &RowsPanel::editEvidence);
    connect(m_ui->evidenceButton, &QPushButton::clicked, m_evidence, &QAction::trigger);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RowsPanel::updateActions);
    connect(m_addRow, &QAction::triggered, this, &RowsPanel::addRow);
    connect(m_removeRows, &QAction::triggered, this, &RowsPanel::removeSelectedRows);
    connect(m_paste, &QAction::triggered, this, &RowsPanel::pasteRows);
    connect(m_model, &RowsModel::refused, this, &RowsPanel::refused);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RowsPanel::updateActions);
    connect(document, &WorkbookDocument::changed, this, &RowsPanel::updateActions);
    updateActions();
}

RowsPanel::~RowsPanel() = default;

QTableView* RowsPanel::view() const
{
    return m_ui->rowsTable;
}

// The keys work while the table has the focus, not while a cell is being typed into (there
// Delete deletes a character).
QAction* RowsPanel::addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    m_ui->rowsTable->addAction(action);
    return action;
}

// Enter on a cell that is not being edited goes on to the next cell, as Tab does.
bool RowsPanel::eventFilter(QObject* watched, QEvent* event)
{
    QTableView* table = m_ui->rowsTable;
    if (watched != table || event->type() != QEvent::KeyPress) // an open editor has the keys
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const QModelIndex current = table->currentIndex();
    if (!enter || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier || !current.isValid())
        return QWidget::eventFilter(watched, event);
    const bool lastColumn = current.column() == RowsModel::ColumnCount - 1;
    const QModelIndex next = lastColumn ? m_model->index(current.row() + 1, 0) : current.siblingAtColumn(current.column() + 1);
    if (next.isValid())
        table->setCurrentIndex(next);
    return true;
}

void RowsPanel::updateActions()
{
    const bool enabled = m_model->school() >= 0 && m_document->isEditable();
    for (QAction* action : {m_addRow, m_removeRows, m_paste})
        action->setEnabled(enabled);
    m_evidence->setEnabled(enabled && m_ui->rowsTable->currentIndex().isValid());
    m_ui->evidenceButton->setEnabled(m_evidence->isEnabled());
}

void RowsPanel::setSchool(int school)
{
    m_model->setSchool(school);
    updateActions();
}

void RowsPanel::addRow()
{
    if (m_model->school() < 0)
        return;
    const QModelIndex current = m_ui->rowsTable->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (Status status = m_document->insertRow(m_model->school(), row, {}); !status) {
        emit refused(status.message());
        return;
    }
    const QModelIndex certificate = m_model->index(row, RowsModel::Certificate);
    m_ui->rowsTable->setCurrentIndex(certificate);
    m_ui->rowsTable->setFocus(Qt::OtherFocusReason);
}

void RowsPanel::removeSelectedRows()
{
    QSet<int> selected;
    for (const QModelIndex& index : m_ui->rowsTable->selectionModel()->selectedIndexes())
        selected.insert(index.row());
    if (selected.isEmpty() && m_ui->rowsTable->currentIndex().isValid())
        selected.insert(m_ui->rowsTable->currentIndex().row());
    if (selected.isEmpty() || m_model->school() < 0)
        return;
    QList<int> rows(selected.begin(), selected.end());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Several rows go in one undo step.
    m_document->undoStack()->beginMacro(tr("删除证书行"));
    for (int row : rows) {
        if (Status status = m_document->removeRows(m_model->school(), row, 1); !status) {
            emit refused(status.message());
            break;
        }
    }
    m_document->undoStack()->endMacro();
}

void RowsPanel::pasteRows()
{
    if (m_model->school() < 0)
        return;
    const QModelIndex current = m_ui->rowsTable->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    const Result<int> pasted = m_document->pasteRows(m_model->school(), row, QGuiApplication::clipboard()->text());
    if (!pasted) {
        emit refused(pasted.message());
        return;
    }
    QItemSelection rows(m_model->index(row, 0), m_model->index(row + *pasted - 1, RowsModel::ColumnCount - 1));
    m_ui->rowsTable->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
}

void RowsPanel::editEvidence()
{
    const QModelIndex current = m_ui->rowsTable->currentIndex();
    if (m_model->school() < 0 || !current.isValid())
        return;
    auto* dialog = new EvidenceDialog(m_document, m_model->school(), current.row(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RowsPanel::selectCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    m_ui->rowsTable->setCurrentIndex(index);
    m_ui->rowsTable->scrollTo(index);
    m_ui->rowsTable->setFocus(Qt::OtherFocusReason);
}

} // namespace x1::gui
