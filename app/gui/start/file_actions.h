#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QMimeData;
class QWidget;

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// The ways to a workbook: 新建… (the dialog), 打开…, 最近打开, the sample, a dropped file. What
// they open is handed to the window.
class FileActions : public QObject {
    Q_OBJECT

public:
    using Open = std::function<bool(const QString& path)>;
    using Adopt = std::function<void(std::unique_ptr<WorkbookDocument>)>;
    using Current = std::function<WorkbookDocument*()>;

    FileActions(QWidget* window, Open open, Adopt adopt, Current current);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* saveAsAction() const { return m_saveAs; }
    // A 最近打开 menu, filled each time it opens.
    QMenu* createRecentMenu(QWidget* parent);

    // The dialog opens without blocking; accepting it creates and shows the workbook.
    void newWorkbook();
    void chooseAndOpen();
    void openSample();
    // 另存为…: a copy of the open workbook under another name, which is then the one open (the
    // way out of a read-only file).
    void saveAs();
    // The first .x1db among dropped files; empty when there is none.
    static QString droppedWorkbook(const QMimeData* mime);

private:
    QWidget* m_window;
    Open m_openPath;
    Adopt m_adopt;
    Current m_current;
    QAction* m_new;
    QAction* m_open;
    QAction* m_saveAs;
};

} // namespace x1::gui
