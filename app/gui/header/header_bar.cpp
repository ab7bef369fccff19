#include "header_bar.h"

#include "header/ui_header_bar.h"

#include "catalog/catalog.h"
#include "document/workbook_document.h"

#include <QSignalBlocker>

namespace x1::gui {

HeaderBar::HeaderBar(WorkbookDocument* document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HeaderBar>()), m_document(document)
{
    m_ui->setupUi(this);
    connectEdit(m_ui->unitEdit, HeaderField::Unit);
    connectEdit(m_ui->contactEdit, HeaderField::Contact);
    connectEdit(m_ui->phoneEdit, HeaderField::Phone);
    connect(m_ui->fillDateEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (Status status = m_document->setField(FieldAddress::of(HeaderField::FillDate), date.toString(Qt::ISODate));
            !status)
            emit refused(status.message());
    });
    connect(document, &WorkbookDocument::changed, this, [this](const ChangeEvent& event) {
        if (event.kind == ChangeEvent::Kind::Header || event.kind == ChangeEvent::Kind::Reset)
            showHeader();
    });
    connect(document, &WorkbookDocument::findingsChanged, this, &HeaderBar::showFindings);
    showHeader();
    showFindings();
}

HeaderBar::~HeaderBar() = default;

void HeaderBar::connectEdit(QLineEdit* edit, HeaderField field)
{
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
        if (Status status = m_document->setField(FieldAddress::of(field), text); !status)
            emit refused(status.message());
    });
    // While typing the text stays as typed; leaving the field shows what was stored.
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
        const QString stored = fieldText(m_document->workbook(), FieldAddress::of(field));
        if (edit->text() != stored)
            edit->setText(stored);
    });
}

QLineEdit* HeaderBar::editFor(HeaderField field) const
{
    switch (field) {
    case HeaderField::Unit: return m_ui->unitEdit;
    case HeaderField::Contact: return m_ui->contactEdit;
    case HeaderField::Phone: return m_ui->phoneEdit;
    default: return nullptr;
    }
}

void HeaderBar::showHeader()
{
    const Header& header = m_document->workbook().header;
    const FormProfile* profile = Catalog::builtIn().profile(header.profileId);
    m_ui->profileLabel->setText(tr("表样：%1").arg(profile ? profile->title : header.profileId));
    const bool editable = m_document->isEditable();
    for (HeaderField field : {HeaderField::Unit, HeaderField::Contact, HeaderField::Phone}) {
        QLineEdit* edit = editFor(field);
        const QString stored = fieldText(m_document->workbook(), FieldAddress::of(field));
        if (!edit->hasFocus() && edit->text() != stored)
            edit->setText(stored);
        edit->setReadOnly(!editable);
    }
    const QSignalBlocker blocker(m_ui->fillDateEdit);
    m_ui->fillDateEdit->setDate(header.fillDate);
    m_ui->fillDateEdit->setReadOnly(!editable);
}

// A field with a finding is marked and says why in its tool tip.
void HeaderBar::showFindings()
{
    QHash<QLineEdit*, QStringList> problems;
    for (const Finding& finding : m_document->findings()) {
        const std::optional<FieldAddress> address = finding.address();
        if (address && address->scope == FieldAddress::Scope::Header) {
            if (QLineEdit* edit = editFor(address->headerField()))
                problems[edit] << finding.code + u' ' + finding.message;
        }
    }
    for (QLineEdit* edit : {m_ui->unitEdit, m_ui->contactEdit, m_ui->phoneEdit}) {
        const QStringList messages = problems.value(edit);
        edit->setToolTip(messages.join(u'\n'));
        edit->setStyleSheet(messages.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d9534f; }"));
    }
}

void HeaderBar::focusField(HeaderField field)
{
    if (QLineEdit* edit = editFor(field)) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    }
}

} // namespace x1::gui
