#pragma once

#include "document/workbook_document.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace x1::gui {

class RowsModel;

// The main window: the workbook's header above the table of its printed rows.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workbook; shows the reason in a message box when it cannot be opened.
    bool openWorkbook(const QString& path);
    WorkbookDocument* document() const { return m_document.get(); }
    QTableView* rowsView() const { return m_view; }

private:
    void chooseAndOpen();
    void showHeader();

    std::unique_ptr<WorkbookDocument> m_document;
    QLabel* m_header = nullptr;
    QTableView* m_view = nullptr;
    RowsModel* m_model = nullptr;
};

} // namespace x1::gui
