#include "read_only_banner.h"

#include "document/workbook_document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace x1::gui {

ReadOnlyBanner::ReadOnlyBanner(WorkbookDocument* document, QWidget* parent)
    : QFrame(parent), m_document(document), m_text(new QLabel(this)), m_reopen(new QPushButton(tr("取消定稿…"), this))
    , m_saveAs(new QPushButton(tr("另存为…"), this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    m_text->setObjectName(QStringLiteral("readOnlyText"));
    m_text->setWordWrap(true);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_saveAs->setObjectName(QStringLiteral("saveAsButton"));
    setStyleSheet(QStringLiteral("#readOnlyBanner { background: #fff3c4; border: 1px solid #e0c060; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reopen);
    layout->addWidget(m_saveAs);
    connect(m_saveAs, &QPushButton::clicked, this, &ReadOnlyBanner::saveAsRequested);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (Status status = m_document->reopen(); !status)
            emit refused(status.message());
    });
    connect(document, &WorkbookDocument::changed, this, &ReadOnlyBanner::update);
    update();
}

void ReadOnlyBanner::update()
{
    if (m_document->isFinal()) {
        m_text->setText(tr("已定稿（校验码 %1）。如需修改，请先取消定稿。").arg(m_document->workbook().finalisation.code));
        m_reopen->setVisible(m_document->readOnlyReason().isEmpty());
        m_saveAs->setVisible(false);
        setVisible(true);
    } else if (!m_document->readOnlyReason().isEmpty()) {
        m_text->setText(tr("只读打开：%1").arg(m_document->readOnlyReason()));
        m_reopen->setVisible(false);
        m_saveAs->setVisible(true);
        setVisible(true);
    } else {
        setVisible(false);
    }
}

} // namespace x1::gui
