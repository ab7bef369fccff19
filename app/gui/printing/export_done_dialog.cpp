#include "export_done_dialog.h"

#include "printing/ui_export_done_dialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUrl>

namespace x1::gui {

ExportDoneDialog::ExportDoneDialog(const QStringList& files, const QString& code, const QString& draftMark, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDoneDialog>())
{
    m_ui->setupUi(this);
    QStringList shown;
    for (const QString& file : files)
        shown << QDir::toNativeSeparators(file);
    m_ui->filesLabel->setText(tr("已导出：\n%1").arg(shown.join(u'\n')));
    m_ui->codeLabel->setText(code);
    m_ui->draftLabel->setText(draftMark.isEmpty() ? QString() : tr("导出的是草稿（%1）：每页印有草稿标记，定稿后再导出报送件。").arg(draftMark));
    m_ui->draftLabel->setVisible(!draftMark.isEmpty());
    if (!files.isEmpty())
        m_folder = QFileInfo(files.first()).absolutePath();
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(this->code()); });
    connect(m_ui->openFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

ExportDoneDialog::~ExportDoneDialog() = default;

QString ExportDoneDialog::code() const
{
    return m_ui->codeLabel->text();
}

} // namespace x1::gui
