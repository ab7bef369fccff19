#pragma once

#include "model/field_address.h"

#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class HeaderBar;
}

namespace x1 {
class WorkbookDocument;
struct ChangeEvent;
} // namespace x1

namespace x1::gui {

// The workbook's header at the top of the window: the form's title, 报送单位, 联系人, 电话 and
// 填报日期, each stored as it is typed (the document merges the keystrokes into one undo step)
// and shown normalised when the field is left.
class HeaderBar : public QWidget {
    Q_OBJECT

public:
    HeaderBar(WorkbookDocument* document, QWidget* parent = nullptr);
    ~HeaderBar() override;

    // Puts the cursor into the field (a finding was chosen).
    void focusField(HeaderField field);

signals:
    // An edit was refused; the reason names the file.
    void refused(const QString& message);

private:
    void connectEdit(QLineEdit* edit, HeaderField field);
    void showHeader();
    void showFindings();
    QLineEdit* editFor(HeaderField field) const;

    std::unique_ptr<Ui::HeaderBar> m_ui;
    WorkbookDocument* m_document;
};

} // namespace x1::gui
