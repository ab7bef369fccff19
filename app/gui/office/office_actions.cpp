#include "office_actions.h"

#include "conflicts/conflict_versions.h"
#include "conflicts/conflicts_dialog.h"
#include "import_actions.h"
#include "reference/reference_dialog.h"
#include "sources/sources_dialog.h"
#include "stats/stats_dialog.h"

#include "catalog/catalog.h"
#include "document/workbook_document.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace x1::gui {

OfficeActions::OfficeActions(QMainWindow* window, std::function<WorkbookDocument*()> document)
    : QObject(window), m_window(window), m_document(std::move(document))
{
    m_imports = new ImportActions(window, m_document);
    connect(m_imports, &ImportActions::finished, this, &OfficeActions::updateActions);
    const auto action = [this](const char* name, const QString& text) {
        auto* created = new QAction(text, this);
        created->setObjectName(QLatin1StringView(name));
        return created;
    };
    m_conflicts = action("conflictsAction", tr("冲突"));
    connect(m_conflicts, &QAction::triggered, this, &OfficeActions::openConflicts);
    m_sources = action("sourcesAction", tr("来源文件"));
    connect(m_sources, &QAction::triggered, this, &OfficeActions::openSources);
    m_stats = action("statsAction", tr("统计"));
    connect(m_stats, &QAction::triggered, this, &OfficeActions::openStats);
    m_reference = action("referenceAction", tr("证书参考"));
    connect(m_reference, &QAction::triggered, this, &OfficeActions::openReference);

    m_note = new QLabel(window);
    m_note->setObjectName(QStringLiteral("conflictNote"));
    m_note->setStyleSheet(QStringLiteral("color: #b00000;"));
    window->statusBar()->addPermanentWidget(m_note);
    m_note->hide();
    updateActions();
}

OfficeActions::~OfficeActions() = default;

QMenu* OfficeActions::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("汇总(&M)"), parent);
    menu->setObjectName(QStringLiteral("officeMenu"));
    menu->addAction(m_imports->importAction());
    menu->addAction(m_imports->importFolderAction());
    menu->addSeparator();
    menu->addAction(m_conflicts);
    menu->addAction(m_sources);
    menu->addAction(m_stats);
    return menu;
}

void OfficeActions::documentReplaced()
{
    closeViews();
    updateActions();
}

void OfficeActions::closeViews()
{
    delete m_conflictsDialog.data();
    delete m_sourcesDialog.data();
    delete m_statsDialog.data();
}

void OfficeActions::updateActions()
{
    WorkbookDocument* document = m_document();
    const int conflicts = document ? int(conflictGroups(document->workbook()).size()) : 0;
    m_conflicts->setText(tr("冲突 (%1)").arg(conflicts));
    m_conflicts->setEnabled(document != nullptr);
    m_sources->setEnabled(document != nullptr);
    m_stats->setEnabled(document != nullptr);
    m_imports->updateActions();
    m_note->setText(tr("未解决的冲突：%1 所学校").arg(conflicts));
    m_note->setVisible(conflicts > 0);
}

template <typename Dialog>
Dialog* OfficeActions::show(QPointer<Dialog>& dialog, std::function<Dialog*()> create)
{
    if (!dialog) {
        dialog = create();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

ConflictsDialog* OfficeActions::openConflicts()
{
    WorkbookDocument* document = m_document();
    if (!document)
        return nullptr;
    return show<ConflictsDialog>(m_conflictsDialog, [this, document] {
        auto* dialog = new ConflictsDialog(document, m_window);
        connect(dialog, &ConflictsDialog::refused, this,
                [this](const QString& message) { m_window->statusBar()->showMessage(message, 10000); });
        return dialog;
    });
}

SourcesDialog* OfficeActions::openSources()
{
    WorkbookDocument* document = m_document();
    if (!document)
        return nullptr;
    return show<SourcesDialog>(m_sourcesDialog, [this, document] { return new SourcesDialog(document, m_window); });
}

StatsDialog* OfficeActions::openStats()
{
    WorkbookDocument* document = m_document();
    if (!document)
        return nullptr;
    return show<StatsDialog>(m_statsDialog, [this, document] { return new StatsDialog(document, m_window); });
}

ReferenceDialog* OfficeActions::openReference()
{
    return show<ReferenceDialog>(m_referenceDialog, [this] { return new ReferenceDialog(Catalog::builtIn(), m_window); });
}

} // namespace x1::gui
