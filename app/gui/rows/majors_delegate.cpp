#include "majors_delegate.h"

#include "rows/rows_model.h"

#include "catalog/catalog.h"
#include "document/workbook_document.h"

#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace x1::gui {

namespace {

// Completes the major being typed after the last separator, keeping the ones before it.
class ListCompleter : public QCompleter {
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString& path) const override { return {lastPart(path).trimmed()}; }
    QString pathFromIndex(const QModelIndex& index) const override
    {
        const QString typed = static_cast<QLineEdit*>(widget())->text();
        return typed.left(typed.size() - lastPart(typed).size()) + index.data().toString();
    }

private:
    static QString lastPart(const QString& text)
    {
        const qsizetype separator = text.lastIndexOf(QRegularExpression(QStringLiteral("[、，,；;/]")));
        return text.mid(separator + 1);
    }
};

} // namespace

MajorsDelegate::MajorsDelegate(const RowsModel* model, QObject* parent) : RowsDelegate(parent), m_model(model) {}

QStringList MajorsDelegate::offeredMajors(int row) const
{
    const Workbook& workbook = m_model->document()->workbook();
    if (m_model->school() < 0 || m_model->school() >= workbook.schools.size())
        return {};
    const School& school = workbook.schools.at(m_model->school());
    if (row < 0 || row >= school.rows.size())
        return {};
    const Catalog& catalog = Catalog::builtIn();
    const CertificateInfo* certificate = catalog.certificate(school.rows.at(row).certificate);
    if (!certificate)
        return {};
    const QString level = catalog.schoolLevelOf(school.type);
    if (!level.isEmpty())
        return certificate->majorsByLevel.value(level);
    QStringList all;
    for (const QStringList& majors : certificate->majorsByLevel)
        all << majors;
    all.removeDuplicates();
    return all;
}

QWidget* MajorsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QWidget* editor = RowsDelegate::createEditor(parent, option, index);
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit)
        return editor;
    edit->setObjectName(QStringLiteral("majorsEditor"));
    auto* completer = new ListCompleter(new QStringListModel(offeredMajors(index.row()), edit), edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    return editor;
}

} // namespace x1::gui
