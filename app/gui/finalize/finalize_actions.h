#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace x1 {
class WorkbookDocument;
struct Finding;
} // namespace x1

namespace x1::gui {

class FinalizeDialog;
class VerifyDialog;

// 定稿… and 核对纸质件… of the 定稿与打印 menu (取消定稿… is the banner's and the main window's).
class FinalizeActions : public QObject {
    Q_OBJECT

public:
    FinalizeActions(QWidget* window, std::function<WorkbookDocument*()> document);

    QAction* finalizeAction() const { return m_finalize; }
    QAction* verifyAction() const { return m_verify; }
    void updateActions();

    // Open the dialogs (not modal, so that the clerk can go to an error and tests drive them).
    FinalizeDialog* openFinalize();
    VerifyDialog* openVerify();

signals:
    void findingActivated(const x1::Finding& finding);

private:
    QWidget* m_window;
    std::function<WorkbookDocument*()> m_document;
    QAction* m_finalize;
    QAction* m_verify;
};

} // namespace x1::gui
