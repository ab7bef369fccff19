#pragma once

#include "rules/finding.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExplainDialog;
}

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// 说明…: the explanation of one warning, stored through the document once it is long enough
// (DOMAIN.md: at least 6 characters); an emptied text removes the explanation.
class ExplainDialog : public QDialog {
    Q_OBJECT

public:
    ExplainDialog(WorkbookDocument* document, const Finding& finding, QWidget* parent = nullptr);
    ~ExplainDialog() override;

    void accept() override;

private:
    void update();

    std::unique_ptr<Ui::ExplainDialog> m_ui;
    WorkbookDocument* m_document;
    Finding m_finding;
};

} // namespace x1::gui
