#include "main_window.h"

#include "common/language_menu.h"
#include "common/message_box.h"
#include "common/status_line.h"
#include "common/window_placement.h"
#include "editor/workbook_editor.h"
#include "finalize/finalize_actions.h"
#include "findings/findings_panel.h"
#include "office/import_actions.h"
#include "office/office_actions.h"
#include "printing/export_actions.h"
#include "printing/print_actions.h"
#include "rows/rows_panel.h"
#include "start/file_actions.h"
#include "start/recent_files.h"
#include "start/start_page.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>

namespace x1::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_undo(new QUndoGroup(this))
{
    m_pages = new QStackedWidget(this);
    m_start = new StartPage(m_pages);
    m_pages->addWidget(m_start);
    setCentralWidget(m_pages);
    m_files = new FileActions(
        this, [this](const QString& path) { return openWorkbook(path); },
        [this](std::unique_ptr<WorkbookDocument> document) { adopt(std::move(document)); },
        [this] { return m_document.get(); });
    connect(m_start, &StartPage::newRequested, m_files, &FileActions::newWorkbook);
    connect(m_start, &StartPage::openRequested, m_files, &FileActions::chooseAndOpen);
    connect(m_start, &StartPage::recentChosen, this, &MainWindow::openWorkbook);
    connect(m_start, &StartPage::sampleRequested, m_files, &FileActions::openSample);
    setAcceptDrops(true);

    m_findingsDock = new QDockWidget(tr("问题"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);

    m_findingsDock->hide(); // until a workbook is open
    createActions();
    createMenus();
    updateActions();
    setWindowTitle(tr("x1apply — 1+X 证书制度试点申报"));
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        placeOnFirstStart(this);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    closeDocument();
}

void MainWindow::createActions()
{
    const auto action = [this](const QString& name, const QString& text, QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        if (icon != QStyle::SP_CustomBase)
            created->setIcon(style()->standardIcon(icon));
        return created;
    };

    m_undoAction = m_undo->createUndoAction(this, tr("撤销"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = m_undo->createRedoAction(this, tr("重做"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    m_addSchool = action(QStringLiteral("addSchoolAction"), tr("新增学校"), QStyle::SP_FileDialogNewFolder);
    connect(m_addSchool, &QAction::triggered, this, [this] { m_editor->addSchool(); });
    m_removeSchool = action(QStringLiteral("removeSchoolAction"), tr("删除学校"));
    connect(m_removeSchool, &QAction::triggered, this, [this] { m_editor->removeSchool(); });

    m_nextFinding = action(QStringLiteral("nextFindingAction"), tr("下一个问题"));
    m_nextFinding->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_nextFinding, &QAction::triggered, this, [this] { m_findings->goToNext(1); });
    m_previousFinding = action(QStringLiteral("previousFindingAction"), tr("上一个问题"));
    m_previousFinding->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_previousFinding, &QAction::triggered, this, [this] { m_findings->goToNext(-1); });

    m_explain = action(QStringLiteral("explainAction"), tr("说明警告…"));
    connect(m_explain, &QAction::triggered, this, [this] { m_findings->explainSelected(); });

    const auto openDocument = [this] { return m_document.get(); };
    m_printing = new PrintActions(this, openDocument);
    m_exports = new ExportActions(this, openDocument);
    m_finishing = new FinalizeActions(this, openDocument);
    m_office = new OfficeActions(this, openDocument);
    connect(m_printing, &PrintActions::exportPdfRequested, this,
            [this] { m_exports->chooseAndExport(ExportActions::Format::Pdf); });
    connect(m_finishing, &FinalizeActions::findingActivated, this, [this](const Finding& finding) {
        if (m_editor)
            m_editor->goTo(finding);
    });

    m_reopen = action(QStringLiteral("reopenAction"), tr("取消定稿…"));
    connect(m_reopen, &QAction::triggered, this, [this] {
        if (Status status = m_document->reopen(); !status)
            showRefusal(status.message());
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->createRecentMenu(file));
    file->addAction(m_files->saveAsAction());
    file->addSeparator();
    file->addAction(m_exports->action(ExportActions::Format::Xlsx));
    file->addAction(m_exports->action(ExportActions::Format::Pdf));
    file->addAction(m_exports->action(ExportActions::Format::Json));
    file->addSeparator();
    file->addAction(m_printing->previewAction());
    file->addAction(m_printing->printAction());
    file->addSeparator();
    file->addAction(tr("退出(&X)"), QKeySequence(Qt::ALT | Qt::Key_F4), this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(tr("编辑(&E)"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_addSchool);
    m_editMenu->addAction(m_removeSchool);
    m_editMenu->addSeparator();
    m_rowActionsEnd = m_editMenu->addSeparator(); // the row actions of the open workbook go above

    QMenu* check = menuBar()->addMenu(tr("检查(&C)"));
    check->addAction(m_nextFinding);
    check->addAction(m_previousFinding);
    check->addAction(m_explain);

    menuBar()->addMenu(m_office->createMenu(this));
    QMenu* finish = menuBar()->addMenu(tr("定稿与打印(&P)"));
    finish->addAction(m_finishing->finalizeAction());
    finish->addAction(m_reopen);
    finish->addAction(m_finishing->verifyAction());
    finish->addSeparator();
    finish->addAction(m_printing->previewAction());
    finish->addAction(m_printing->printAction());

    QMenu* view = menuBar()->addMenu(tr("视图(&V)"));
    QAction* findings = m_findingsDock->toggleViewAction();
    findings->setText(tr("问题面板"));
    view->addAction(findings);
    view->addAction(m_office->referenceAction());
    view->addMenu(createLanguageMenu(this));

    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("关于(&A)"), this, [this] {
        MessageBox::information(this, tr("关于 x1apply"),
                                tr("x1apply %1\n1+X 证书制度试点院校申报表的填写、检查与汇总。").arg(QStringLiteral(X1APPLY_VERSION)));
    });

    QToolBar* tools = addToolBar(tr("工具栏"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_files->newAction());
    tools->addAction(m_files->openAction());
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
    tools->addSeparator();
    tools->addAction(m_addSchool);
    tools->addSeparator();
    tools->addAction(m_office->imports()->importAction());
    tools->addSeparator();
    tools->addAction(m_printing->previewAction());
    tools->addAction(m_exports->action(ExportActions::Format::Pdf));
    tools->addAction(m_finishing->finalizeAction());
}

bool MainWindow::openWorkbook(const QString& path)
{
    Result<std::unique_ptr<WorkbookDocument>> opened = WorkbookDocument::open(path);
    if (!opened) {
        MessageBox::warning(this, tr("无法打开工作簿"), opened.message());
        return false;
    }
    adopt(std::move(opened).value());
    RecentFiles::add(path);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

// With a workbook open, files and folders dropped on the window are imported into it, except a
// lone workbook (.x1db), which is opened; with none open, a dropped workbook is opened.
bool MainWindow::importsDrop(const QMimeData* data) const
{
    const QStringList sources = ImportActions::droppedSources(data);
    if (!m_document || sources.isEmpty())
        return false;
    return sources.size() > 1 || FileActions::droppedWorkbook(data).isEmpty();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (importsDrop(event->mimeData()) || !FileActions::droppedWorkbook(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (importsDrop(event->mimeData())) {
        event->acceptProposedAction();
        m_office->imports()->startImport(ImportActions::droppedSources(event->mimeData()));
        return;
    }
    const QString path = FileActions::droppedWorkbook(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openWorkbook(path);
    }
}

void MainWindow::adopt(std::unique_ptr<WorkbookDocument> document)
{
    closeDocument();
    m_document = std::move(document);
    WorkbookDocument* opened = m_document.get();

    m_editor = new WorkbookEditor(opened, m_pages);
    m_pages->addWidget(m_editor);
    m_pages->setCurrentWidget(m_editor);
    connect(m_editor, &WorkbookEditor::refused, this, &MainWindow::showRefusal);
    connect(m_editor, &WorkbookEditor::saveAsRequested, m_files, &FileActions::saveAs);
    RowsPanel* rows = m_editor->rowsPanel();
    m_editMenu->insertActions(m_rowActionsEnd, {rows->addRowAction(), rows->removeRowsAction(), rows->pasteAction(), rows->evidenceAction()});

    m_findings = new FindingsPanel(opened, m_findingsDock);
    m_findingsDock->setWidget(m_findings);
    m_findingsDock->show();
    connect(m_findings, &FindingsPanel::findingActivated, m_editor, &WorkbookEditor::goTo);

    m_status = new StatusLine(opened, statusBar());
    statusBar()->addWidget(m_status, 1);

    m_undo->addStack(opened->undoStack());
    m_undo->setActiveStack(opened->undoStack());
    connect(opened, &WorkbookDocument::changed, this, &MainWindow::updateActions);
    connect(opened, &WorkbookDocument::writeFailed, this,
            [this](const QString& message) { MessageBox::warning(this, tr("未能保存"), message); });
    setWindowTitle(tr("%1 — x1apply").arg(QFileInfo(opened->path()).fileName()));
    m_office->documentReplaced();
    updateActions();
}

// The widgets of a workbook go before the workbook they show.
void MainWindow::closeDocument()
{
    if (!m_document)
        return;
    m_office->closeViews();
    delete m_status;
    delete m_findings;
    delete m_editor;
    m_status = nullptr;
    m_findings = nullptr;
    m_editor = nullptr;
    m_document.reset();
    m_start->refresh();
    m_pages->setCurrentWidget(m_start);
    m_findingsDock->hide();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool editable = m_document && m_document->isEditable();
    m_files->saveAsAction()->setEnabled(m_document != nullptr);
    m_addSchool->setEnabled(editable);
    m_removeSchool->setEnabled(editable);
    m_nextFinding->setEnabled(m_document != nullptr);
    m_previousFinding->setEnabled(m_document != nullptr);
    m_explain->setEnabled(editable);
    m_reopen->setEnabled(m_document && m_document->isFinal() && m_document->readOnlyReason().isEmpty());
    m_printing->updateActions();
    m_exports->updateActions();
    m_finishing->updateActions();
    m_office->updateActions();
}

void MainWindow::showRefusal(const QString& message)
{
    statusBar()->showMessage(message, 10000);
}

} // namespace x1::gui
