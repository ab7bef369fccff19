#include "schools_panel.h"

#include "schools/ui_schools_panel.h"

#include "schools/school_item_delegate.h"
#include "schools/schools_model.h"

#include <QSortFilterProxyModel>
#include <QTimer>

namespace x1::gui {

SchoolsPanel::SchoolsPanel(WorkbookDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SchoolsPanel>())
    , m_model(new SchoolsModel(document, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->schoolsList->setModel(m_filter);
    m_ui->schoolsList->setItemDelegate(new SchoolItemDelegate(m_ui->schoolsList));
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_filter->setSortLocaleAware(true);
    connect(m_ui->sortCombo, &QComboBox::currentIndexChanged, this, [this](int choice) {
        static const int roles[] = {-1, Qt::DisplayRole, SchoolsModel::CityOrderRole, SchoolsModel::TypeRole,
                                    SchoolsModel::ProblemsRole};
        const int role = roles[choice];
        if (role < 0) {
            m_filter->sort(-1); // the stored (printed) order
            return;
        }
        m_filter->setSortRole(role);
        m_filter->sort(0);
    });
    connect(m_ui->schoolsList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_changing)
            emit currentSchoolChanged(currentSchool());
    });
    // While schools come and go the current index passes through states that name no school;
    // the school shown is announced once the document has told every view of the change.
    const auto changing = [this] { m_changing = true; };
    const auto changed = [this] {
        m_changing = false;
        QTimer::singleShot(0, this, [this] { emit currentSchoolChanged(currentSchool()); });
    };
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, changing);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, changing);
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, changing);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_filter, &QAbstractItemModel::modelReset, this, changed);
}

SchoolsPanel::~SchoolsPanel() = default;

QListView* SchoolsPanel::view() const
{
    return m_ui->schoolsList;
}

int SchoolsPanel::currentSchool() const
{
    const QModelIndex current = m_filter->mapToSource(m_ui->schoolsList->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void SchoolsPanel::setCurrentSchool(int school)
{
    QModelIndex index = m_filter->mapFromSource(m_model->index(school));
    if (!index.isValid() && school >= 0) {
        // The school is hidden by the filter: show every school again.
        m_ui->filterEdit->clear();
        index = m_filter->mapFromSource(m_model->index(school));
    }
    m_ui->schoolsList->setCurrentIndex(index);
}

} // namespace x1::gui
