#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// The yellow line above a workbook that cannot be edited: 定稿 (with 取消定稿), or a file that
// is read-only or open in another x1apply (with the reason). Hidden otherwise.
class ReadOnlyBanner : public QFrame {
    Q_OBJECT

public:
    ReadOnlyBanner(WorkbookDocument* document, QWidget* parent = nullptr);

signals:
    void refused(const QString& message);
    // A read-only file: the user wants an editable copy (另存为…).
    void saveAsRequested();

private:
    void update();

    WorkbookDocument* m_document;
    QLabel* m_text;
    QPushButton* m_reopen;
    QPushButton* m_saveAs;
};

} // namespace x1::gui
