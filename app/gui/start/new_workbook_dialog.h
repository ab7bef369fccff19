#pragma once

#include "model/workbook.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewWorkbookDialog;
}

namespace x1::gui {

// 新建: who fills the form (the profile follows from it), the unit, contact and phone, and where
// to save; a Chinese file name is suggested from the unit. A school's workbook starts with that
// school in it.
class NewWorkbookDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewWorkbookDialog(QWidget* parent = nullptr);
    ~NewWorkbookDialog() override;

    QString path() const;
    Workbook workbook() const;

private:
    void update();
    QString unitKind() const;
    QString profileId() const;

    std::unique_ptr<Ui::NewWorkbookDialog> m_ui;
    bool m_pathChosen = false;
};

} // namespace x1::gui
