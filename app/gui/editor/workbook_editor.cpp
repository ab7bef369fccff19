#include "workbook_editor.h"

#include "catalog/catalog.h"
#include "document/workbook_document.h"
#include "editor/read_only_banner.h"
#include "header/header_bar.h"
#include "rows/rows_model.h"
#include "rows/rows_panel.h"
#include "schools/school_details.h"
#include "schools/schools_panel.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace x1::gui {

WorkbookEditor::WorkbookEditor(WorkbookDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_header(new HeaderBar(document, this))
    , m_schools(new SchoolsPanel(document, this))
    , m_details(new SchoolDetails(document, this))
    , m_rows(new RowsPanel(document, this))
{
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_rows, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->addWidget(m_schools);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    auto* banner = new ReadOnlyBanner(document, this);
    layout->addWidget(banner);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(banner, &ReadOnlyBanner::refused, this, &WorkbookEditor::refused);
    connect(banner, &ReadOnlyBanner::saveAsRequested, this, &WorkbookEditor::saveAsRequested);
    connect(m_header, &HeaderBar::refused, this, &WorkbookEditor::refused);
    connect(m_details, &SchoolDetails::refused, this, &WorkbookEditor::refused);
    connect(m_rows, &RowsPanel::refused, this, &WorkbookEditor::refused);
    connect(m_schools, &SchoolsPanel::currentSchoolChanged, this, &WorkbookEditor::showSchool);
    connect(document, &WorkbookDocument::changed, this, &WorkbookEditor::updateSchoolsVisibility);
    updateSchoolsVisibility();
    if (!document->workbook().schools.isEmpty())
        m_schools->setCurrentSchool(0);
    showSchool(m_schools->currentSchool());
}

void WorkbookEditor::showSchool(int school)
{
    m_details->setSchool(school);
    m_rows->setSchool(school);
}

// A school's own workbook holds that one school: the list would only take room.
void WorkbookEditor::updateSchoolsVisibility()
{
    const Header& header = m_document->workbook().header;
    const QString kind = header.unitKind.isEmpty() ? Catalog::builtIn().inferUnitKind(header.unit) : header.unitKind;
    const bool schoolsOwnWorkbook = kind == QStringLiteral("学校") && m_document->workbook().schools.size() <= 1;
    m_schools->setVisible(!schoolsOwnWorkbook);
}

void WorkbookEditor::addSchool()
{
    const Result<int> added = m_document->addSchool(School{});
    if (!added) {
        emit refused(added.message());
        return;
    }
    m_schools->setCurrentSchool(*added);
    showSchool(*added);
    m_details->focusField(SchoolField::Name);
}

void WorkbookEditor::removeSchool()
{
    const int school = m_schools->currentSchool();
    if (school < 0)
        return;
    if (Status status = m_document->removeSchool(school); !status) {
        emit refused(status.message());
        return;
    }
    const int remaining = int(m_document->workbook().schools.size());
    const int next = remaining == 0 ? -1 : std::min(school, remaining - 1);
    m_schools->setCurrentSchool(next);
    showSchool(next);
}

void WorkbookEditor::goTo(const Finding& finding)
{
    const std::optional<FieldAddress> address = finding.address();
    if (!address)
        return;
    if (address->scope == FieldAddress::Scope::Header) {
        m_header->focusField(address->headerField());
        return;
    }
    m_schools->setCurrentSchool(address->school);
    showSchool(address->school);
    if (address->scope == FieldAddress::Scope::School) {
        m_details->focusField(address->schoolField());
        return;
    }
    const int column = RowsModel::columnOfField(finding.field);
    m_rows->selectCell(address->row, column < 0 ? RowsModel::Certificate : column);
}

} // namespace x1::gui
