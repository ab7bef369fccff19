#include "findings_panel.h"

#include "findings/ui_findings_panel.h"

#include "document/workbook_document.h"
#include "findings/explain_dialog.h"
#include "findings/findings_model.h"

#include <QHeaderView>

namespace x1::gui {

FindingsPanel::FindingsPanel(WorkbookDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindingsPanel>())
    , m_document(document)
    , m_model(new FindingsModel(document, this))
{
    m_ui->setupUi(this);
    QTableView* table = m_ui->findingsTable;
    table->setModel(m_model);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->resizeSection(FindingsModel::Code, 70);
    table->horizontalHeader()->resizeSection(FindingsModel::School, 200);
    table->horizontalHeader()->resizeSection(FindingsModel::Certificate, 150);
    connect(table, &QAbstractItemView::doubleClicked, this, &FindingsPanel::activate);
    connect(m_ui->locateButton, &QPushButton::clicked, this, [this] { activate(m_ui->findingsTable->currentIndex()); });
    connect(m_ui->explainButton, &QPushButton::clicked, this, &FindingsPanel::explainSelected);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateButtons);
    // With one school (a school's own workbook) its name on every line would only push the
    // messages out of sight.
    const auto showSchoolColumn = [this] {
        m_ui->findingsTable->setColumnHidden(FindingsModel::School, m_document->workbook().schools.size() <= 1);
    };
    connect(document, &WorkbookDocument::changed, this, showSchoolColumn);
    connect(m_model, &QAbstractItemModel::modelReset, this, showSchoolColumn); // a reset shows every column
    showSchoolColumn();
    updateButtons();
}

void FindingsPanel::updateButtons()
{
    const QModelIndex current = m_ui->findingsTable->currentIndex();
    m_ui->locateButton->setEnabled(current.isValid());
    m_ui->explainButton->setEnabled(current.isValid() && m_model->finding(current.row()).isWarning()
                                    && m_document->isEditable());
}

void FindingsPanel::explainSelected()
{
    const QModelIndex current = m_ui->findingsTable->currentIndex();
    if (!current.isValid() || !m_model->finding(current.row()).isWarning())
        return;
    auto* dialog = new ExplainDialog(m_document, m_model->finding(current.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

FindingsPanel::~FindingsPanel() = default;

QTableView* FindingsPanel::view() const
{
    return m_ui->findingsTable;
}

void FindingsPanel::activate(const QModelIndex& index)
{
    if (index.isValid())
        emit findingActivated(m_model->finding(index.row()));
}

void FindingsPanel::goToNext(int step)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const QModelIndex current = m_ui->findingsTable->currentIndex();
    const int row = current.isValid() ? (current.row() + step + count) % count : (step > 0 ? 0 : count - 1);
    m_ui->findingsTable->selectRow(row);
    activate(m_model->index(row, 0));
}

} // namespace x1::gui
