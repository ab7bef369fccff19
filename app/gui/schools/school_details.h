#pragma once

#include "model/field_address.h"

#include <QGroupBox>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class SchoolDetails;
}

namespace x1 {
class WorkbookDocument;
struct ChangeEvent;
} // namespace x1

namespace x1::gui {

// The fields of the selected school: name, 学校类型, 学校标识码, 市（州）, 隶属 and quality tiers,
// each edited through the document.
class SchoolDetails : public QGroupBox {
    Q_OBJECT

public:
    SchoolDetails(WorkbookDocument* document, QWidget* parent = nullptr);
    ~SchoolDetails() override;

    int school() const { return m_school; }
    void setSchool(int school);
    void focusField(SchoolField field);

signals:
    void refused(const QString& message);

private:
    void set(SchoolField field, const QString& typed);
    void connectEdit(QLineEdit* edit, SchoolField field);
    void connectCombo(QComboBox* combo, SchoolField field);
    void documentChanged(const ChangeEvent& event);
    void showSchool();
    void showTiers(const QStringList& tiers);

    std::unique_ptr<Ui::SchoolDetails> m_ui;
    WorkbookDocument* m_document;
    int m_school = -1;
    bool m_replaceTyping = false;
};

} // namespace x1::gui
