#include "start_page.h"

#include "start/ui_start_page.h"

#include "start/recent_files.h"

#include <QDir>
#include <QFileInfo>

namespace x1::gui {

StartPage::StartPage(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::StartPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_ui->sampleButton, &QPushButton::clicked, this, &StartPage::sampleRequested);
    connect(m_ui->recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentChosen(item->data(Qt::UserRole).toString()); });
    refresh();
}

StartPage::~StartPage() = default;

void StartPage::refresh()
{
    m_ui->recentList->clear();
    for (const QString& path : RecentFiles::list()) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("    ") + QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                                         m_ui->recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
}

} // namespace x1::gui
