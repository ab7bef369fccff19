#include "main_window.h"

#include "message_box.h"
#include "rows_model.h"

#include "catalog/catalog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QVBoxLayout>

namespace x1::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_header = new QLabel(central);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new QTableView(central);
    m_model = new RowsModel(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    layout->addWidget(m_header);
    layout->addWidget(m_view);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(tr("打开(&O)…"), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    file->addSeparator();
    file->addAction(tr("退出(&X)"), QKeySequence::Quit, this, &QWidget::close);
    setWindowTitle(tr("x1apply — 1+X 证书制度试点申报"));
    resize(1100, 640);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkbook(const QString& path)
{
    Result<std::unique_ptr<WorkbookDocument>> opened = WorkbookDocument::open(path);
    if (!opened) {
        MessageBox::warning(this, tr("无法打开工作簿"), opened.message());
        return false;
    }
    m_document = std::move(opened).value();
    m_model->setDocument(m_document.get());
    connect(m_document.get(), &WorkbookDocument::changed, this, &MainWindow::showHeader);
    m_view->resizeColumnsToContents();
    m_view->resizeRowsToContents();
    showHeader();
    setWindowTitle(tr("%1 — x1apply").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("打开工作簿"), QString(), tr("x1apply 工作簿 (*.x1db)"));
    if (!path.isEmpty())
        openWorkbook(path);
}

void MainWindow::showHeader()
{
    const Header& header = m_document->workbook().header;
    const FormProfile* profile = Catalog::builtIn().profile(header.profileId);
    m_header->setText(tr("<b>%1</b><br>报送单位：%2　　联系人及电话：%3 %4　　填报日期：%5")
                          .arg(profile ? profile->title : header.profileId, header.unit.toHtmlEscaped(),
                               header.contact.toHtmlEscaped(), header.phone.toHtmlEscaped(),
                               header.fillDate.toString(Qt::ISODate)));
}

} // namespace x1::gui
