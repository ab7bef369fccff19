#include "finalize_actions.h"

#include "finalize_dialog.h"
#include "verify/verify_dialog.h"

#include "document/workbook_document.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace x1::gui {

FinalizeActions::FinalizeActions(QWidget* window, std::function<WorkbookDocument*()> document)
    : QObject(window), m_window(window), m_document(std::move(document))
{
    m_finalize = new QAction(window->style()->standardIcon(QStyle::SP_DialogApplyButton), tr("定稿…"), this);
    m_finalize->setObjectName(QStringLiteral("finalizeAction"));
    connect(m_finalize, &QAction::triggered, this, &FinalizeActions::openFinalize);
    m_verify = new QAction(tr("核对纸质件…"), this);
    m_verify->setObjectName(QStringLiteral("verifyAction"));
    connect(m_verify, &QAction::triggered, this, &FinalizeActions::openVerify);
    updateActions();
}

void FinalizeActions::updateActions()
{
    WorkbookDocument* document = m_document();
    m_finalize->setEnabled(document && document->isEditable());
    m_verify->setEnabled(document != nullptr);
}

FinalizeDialog* FinalizeActions::openFinalize()
{
    WorkbookDocument* document = m_document();
    if (!document || !document->isEditable())
        return nullptr;
    auto* dialog = new FinalizeDialog(document, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FinalizeDialog::findingActivated, this, &FinalizeActions::findingActivated);
    // The dialog shows this document: it goes with it.
    connect(document, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
    return dialog;
}

VerifyDialog* FinalizeActions::openVerify()
{
    WorkbookDocument* document = m_document();
    if (!document)
        return nullptr;
    auto* dialog = new VerifyDialog(document->workbook(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(document, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
    return dialog;
}

} // namespace x1::gui
