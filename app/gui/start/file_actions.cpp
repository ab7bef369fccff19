#include "file_actions.h"

#include "common/file_dialog.h"
#include "common/message_box.h"
#include "common/sample_workbook.h"
#include "document/workbook_document.h"
#include "start/new_workbook_dialog.h"
#include "start/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStyle>
#include <QUrl>
#include <QWidget>

namespace x1::gui {

FileActions::FileActions(QWidget* window, Open open, Adopt adopt, Current current)
    : QObject(window)
    , m_window(window)
    , m_openPath(std::move(open))
    , m_adopt(std::move(adopt))
    , m_current(std::move(current))
    , m_new(new QAction(window->style()->standardIcon(QStyle::SP_FileIcon), tr("新建(&N)…"), this))
    , m_open(new QAction(window->style()->standardIcon(QStyle::SP_DialogOpenButton), tr("打开(&O)…"), this))
    , m_saveAs(new QAction(tr("另存为(&A)…"), this))
{
    m_saveAs->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveAs);
    m_new->setObjectName(QStringLiteral("newAction"));
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &FileActions::newWorkbook);
    m_open->setObjectName(QStringLiteral("openAction"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &FileActions::chooseAndOpen);
}

QMenu* FileActions::createRecentMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("最近打开"), parent);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        for (const QString& path : RecentFiles::list())
            menu->addAction(QDir::toNativeSeparators(path), this, [this, path] { m_openPath(path); });
        if (menu->isEmpty())
            menu->addAction(tr("（无）"))->setEnabled(false);
    });
    return menu;
}

void FileActions::newWorkbook()
{
    auto* dialog = new NewWorkbookDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Result<std::unique_ptr<WorkbookDocument>> created = WorkbookDocument::create(dialog->path(), dialog->workbook());
        if (!created) {
            MessageBox::warning(m_window, tr("无法新建工作簿"), created.message());
            return;
        }
        RecentFiles::add(dialog->path());
        m_adopt(std::move(created).value());
    });
    dialog->open();
}

void FileActions::chooseAndOpen()
{
    if (const QString path = FileDialog::openWorkbook(m_window); !path.isEmpty())
        m_openPath(path);
}

void FileActions::openSample()
{
    if (Result<QString> sample = ensureSampleWorkbook(); !sample)
        MessageBox::warning(m_window, tr("无法打开工作簿"), sample.message());
    else
        m_openPath(*sample);
}

void FileActions::saveAs()
{
    WorkbookDocument* current = m_current();
    if (!current)
        return;
    const QString suggested = QFileInfo(current->path()).completeBaseName() + tr("（副本）") + QStringLiteral(".x1db");
    const QString path = FileDialog::saveWorkbook(m_window, tr("另存为"), suggested);
    if (path.isEmpty())
        return;
    Result<std::unique_ptr<WorkbookDocument>> copy = WorkbookDocument::create(path, current->workbook());
    if (!copy) {
        MessageBox::warning(m_window, tr("无法另存为"), copy.message());
        return;
    }
    RecentFiles::add(path);
    m_adopt(std::move(copy).value());
}

QString FileActions::droppedWorkbook(const QMimeData* mime)
{
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".x1db"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace x1::gui
