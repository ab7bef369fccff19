#include "finalize_dialog.h"

#include "finalize/ui_finalize_dialog.h"

#include "common/message_box.h"
#include "document/workbook_document.h"

#include <QClipboard>
#include <QGuiApplication>

namespace x1::gui {

FinalizeDialog::FinalizeDialog(WorkbookDocument* document, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FinalizeDialog>()), m_document(document)
{
    m_ui->setupUi(this);
    for (const Finding& finding : document->findings()) {
        if (finding.isError())
            m_errors << finding;
    }
    for (const Finding& finding : std::as_const(m_errors))
        m_ui->errorsList->addItem(describeFinding(finding));
    m_ui->blockedLabel->setText(tr("不能定稿：还有 %1 个错误，改正后再定稿。").arg(m_errors.size()));
    m_ui->confirmLabel->setText(tr("没有错误。定稿后工作簿不能再修改（须先取消定稿），打印件和 PDF 不再带草稿标记，"
                                   "并印有校验码，供上级核对纸质件。\n\n现在定稿吗？"));
    connect(m_ui->errorsList, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        emit findingActivated(m_errors.at(m_ui->errorsList->row(item)));
    });
    connect(m_ui->errorsList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit findingActivated(m_errors.at(m_ui->errorsList->row(item)));
    });
    connect(m_ui->finalizeButton, &QPushButton::clicked, this, &FinalizeDialog::finalize);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(code()); });
    showState(m_errors.isEmpty() ? State::Confirm : State::Blocked);
}

FinalizeDialog::~FinalizeDialog() = default;

QString FinalizeDialog::code() const
{
    return m_ui->codeLabel->text();
}

bool FinalizeDialog::finalize()
{
    if (m_state != State::Confirm)
        return false;
    if (const Status status = m_document->finalize(); !status) {
        MessageBox::warning(this, tr("不能定稿"), status.message());
        return false;
    }
    m_ui->codeLabel->setText(m_document->workbook().finalisation.code);
    m_ui->doneLabel->setText(tr("已定稿。现在打印或导出的报送件每页印有此校验码："));
    showState(State::Done);
    return true;
}

void FinalizeDialog::showState(State state)
{
    m_state = state;
    QWidget* pages[] = {m_ui->blockedPage, m_ui->confirmPage, m_ui->donePage};
    m_ui->pages->setCurrentWidget(pages[int(state)]);
    m_ui->finalizeButton->setVisible(state == State::Confirm);
    m_ui->closeButton->setText(state == State::Confirm ? tr("取消") : tr("关闭"));
}

} // namespace x1::gui
