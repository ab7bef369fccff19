#include "findings_panel.h"

#include "findings/ui_findings_panel.h"

#include "findings/findings_model.h"

#include <QHeaderView>

namespace x1::gui {

FindingsPanel::FindingsPanel(WorkbookDocument* document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FindingsPanel>()), m_model(new FindingsModel(document, this))
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
