#pragma once

#include <QDialog>

#include <memory>

class QTableWidget;

namespace Ui {
class ReferenceDialog;
}

namespace x1 {
class Catalog;
}

namespace x1::gui {

// 证书参考: the certificates of the catalogue with their 培训评价组织, its contacts, and the
// majors each certificate is meant for at every school level — read from the catalogue data.
class ReferenceDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReferenceDialog(const Catalog& catalog, QWidget* parent = nullptr);
    ~ReferenceDialog() override;

    QTableWidget* referenceTable() const;

private:
    std::unique_ptr<Ui::ReferenceDialog> m_ui;
};

} // namespace x1::gui
