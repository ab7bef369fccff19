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

    FileActions(QWidget* window, Open open, Adopt adopt);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    // A 最近打开 menu, filled each time it opens.
    QMenu* createRecentMenu(QWidget* parent);

    // The dialog opens without blocking; accepting it creates and shows the workbook.
    void newWorkbook();
    void chooseAndOpen();
    void openSample();
    // The first .x1db among dropped files; empty when there is none.
    static QString droppedWorkbook(const QMimeData* mime);

private:
    QWidget* m_window;
    Open m_openPath;
    Adopt m_adopt;
    QAction* m_new;
    QAction* m_open;
};

} // namespace x1::gui
