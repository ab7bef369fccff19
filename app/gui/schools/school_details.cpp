#include "school_details.h"

#include "schools/ui_school_details.h"

#include "catalog/catalog.h"
#include "common/school_shift.h"
#include "document/workbook_document.h"

#include <QMenu>
#include <QSignalBlocker>

namespace x1::gui {

namespace {

// Shows `value` in the combo, adding it when it is not one of the choices (a value imported as
// the clerk wrote it).
void showInCombo(QComboBox* combo, const QString& value)
{
    const QSignalBlocker blocker(combo);
    int index = combo->findText(value);
    if (index < 0) {
        combo->addItem(value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

SchoolDetails::SchoolDetails(WorkbookDocument* document, QWidget* parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::SchoolDetails>()), m_document(document)
{
    m_ui->setupUi(this);
    const Catalog& catalog = Catalog::builtIn();
    m_ui->typeCombo->addItem(QString());
    m_ui->typeCombo->addItems(catalog.schoolTypes());
    m_ui->typeCombo->addItems(catalog.excludedSchoolTypes());
    m_ui->cityCombo->addItem(QString());
    for (const City& city : catalog.cities())
        m_ui->cityCombo->addItem(city.name);
    m_ui->affiliationCombo->addItem(QString());
    m_ui->affiliationCombo->addItems(catalog.affiliations());

    auto* tiers = new QMenu(m_ui->tiersButton);
    tiers->setObjectName(QStringLiteral("tiersMenu"));
    for (const QString& tier : catalog.qualityTiers()) {
        QAction* action = tiers->addAction(tier);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, tiers] {
            QStringList checked;
            for (const QAction* each : tiers->actions()) {
                if (each->isChecked())
                    checked << each->text();
            }
            set(SchoolField::Tiers, checked.join(listSeparator));
        });
    }
    m_ui->tiersButton->setMenu(tiers);

    connectEdit(m_ui->nameEdit, SchoolField::Name);
    connectEdit(m_ui->codeEdit, SchoolField::SchoolCode);
    connectCombo(m_ui->typeCombo, SchoolField::Type);
    connectCombo(m_ui->cityCombo, SchoolField::City);
    connectCombo(m_ui->affiliationCombo, SchoolField::Affiliation);
    connect(document, &WorkbookDocument::changed, this, &SchoolDetails::documentChanged);
    showSchool();
}

SchoolDetails::~SchoolDetails() = default;

void SchoolDetails::set(SchoolField field, const QString& typed)
{
    if (m_school < 0)
        return;
    if (Status status = m_document->setField(FieldAddress::of(m_school, field), typed); !status) {
        emit refused(status.message());
        showSchool();
    }
}

void SchoolDetails::connectEdit(QLineEdit* edit, SchoolField field)
{
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) { set(field, text); });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
        if (m_school < 0)
            return;
        const QString stored = fieldText(m_document->workbook(), FieldAddress::of(m_school, field));
        if (edit->text() != stored)
            edit->setText(stored);
    });
}

void SchoolDetails::connectCombo(QComboBox* combo, SchoolField field)
{
    connect(combo, &QComboBox::activated, this, [this, combo, field] { set(field, combo->currentText()); });
}

void SchoolDetails::setSchool(int school)
{
    if (school == m_school)
        return;
    m_school = school;
    // Another school: what was being typed belonged to the one before.
    m_replaceTyping = true;
    showSchool();
    m_replaceTyping = false;
}

void SchoolDetails::documentChanged(const ChangeEvent& event)
{
    const int shifted = schoolAfter(m_school, event);
    if (shifted != m_school) {
        m_school = shifted;
        showSchool();
    } else if (event.kind == ChangeEvent::Kind::Reset || event.kind == ChangeEvent::Kind::Header
               || (event.kind == ChangeEvent::Kind::School && event.school == m_school)) {
        showSchool();
    }
}

void SchoolDetails::showSchool()
{
    const bool shown = m_school >= 0 && m_school < m_document->workbook().schools.size();
    const School school = shown ? m_document->workbook().schools.at(m_school) : School{};
    const bool editable = shown && m_document->isEditable();
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->codeEdit}) {
        edit->setReadOnly(!editable);
        edit->setEnabled(shown);
    }
    for (QComboBox* combo : {m_ui->typeCombo, m_ui->cityCombo, m_ui->affiliationCombo})
        combo->setEnabled(editable);
    m_ui->tiersButton->setEnabled(editable);
    if (m_replaceTyping || !m_ui->nameEdit->hasFocus())
        m_ui->nameEdit->setText(school.name);
    if (m_replaceTyping || !m_ui->codeEdit->hasFocus())
        m_ui->codeEdit->setText(school.schoolCode);
    showInCombo(m_ui->typeCombo, school.type);
    showInCombo(m_ui->cityCombo, school.city);
    showInCombo(m_ui->affiliationCombo, school.affiliation);
    showTiers(school.tiers);
}

void SchoolDetails::showTiers(const QStringList& tiers)
{
    for (QAction* action : m_ui->tiersButton->menu()->actions())
        action->setChecked(tiers.contains(action->text()));
    m_ui->tiersButton->setText(tiers.isEmpty() ? tr("（无，点此选择）") : tiers.join(listSeparator));
}

void SchoolDetails::focusField(SchoolField field)
{
    QWidget* widget = nullptr;
    switch (field) {
    case SchoolField::Name: widget = m_ui->nameEdit; break;
    case SchoolField::SchoolCode: widget = m_ui->codeEdit; break;
    case SchoolField::Type: widget = m_ui->typeCombo; break;
    case SchoolField::Affiliation: widget = m_ui->affiliationCombo; break;
    case SchoolField::City: widget = m_ui->cityCombo; break;
    case SchoolField::Tiers: widget = m_ui->tiersButton; break;
    }
    widget->setFocus(Qt::OtherFocusReason);
}

} // namespace x1::gui
