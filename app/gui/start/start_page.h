#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class StartPage;
}

namespace x1::gui {

// What the window shows without a workbook: 新建, 打开, the sample and the recent workbooks.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);
    ~StartPage() override;

    // Reads the recent workbooks again.
    void refresh();

signals:
    void newRequested();
    void openRequested();
    void sampleRequested();
    void recentChosen(const QString& path);

private:
    std::unique_ptr<Ui::StartPage> m_ui;
};

} // namespace x1::gui
