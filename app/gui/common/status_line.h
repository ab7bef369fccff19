#pragma once

#include <QWidget>

class QLabel;

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// The status bar's line: 错误 · 警告（未说明）· 学校 · 行 · 学生 · 截止, and "已保存" once every edit
// is in the file (or why the last one is not).
class StatusLine : public QWidget {
    Q_OBJECT

public:
    StatusLine(WorkbookDocument* document, QWidget* parent = nullptr);

    QString summaryText() const;
    QString savedText() const;

private:
    void showCounts();

    WorkbookDocument* m_document;
    QLabel* m_summary;
    QLabel* m_saved;
};

} // namespace x1::gui
