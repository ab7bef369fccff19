#include "rows_model.h"

#include "catalog/catalog.h"
#include "document/workbook_document.h"
#include "printout/printed_form.h"

#include <QCoreApplication>

namespace x1::gui {

namespace {

// The titles of the printed form's columns (resources/profiles), listed for lupdate: the table
// shows them in the user's language; a title not listed here is shown as the profile has it.
[[maybe_unused]] const char* const columnTitles[] = {
    QT_TRANSLATE_NOOP("x1::gui::RowsModel", "序号"),           QT_TRANSLATE_NOOP("x1::gui::RowsModel", "试点院校名称"),
    QT_TRANSLATE_NOOP("x1::gui::RowsModel", "学校类型"),       QT_TRANSLATE_NOOP("x1::gui::RowsModel", "参与试点证书及等级"),
    QT_TRANSLATE_NOOP("x1::gui::RowsModel", "参与试点专业数量"), QT_TRANSLATE_NOOP("x1::gui::RowsModel", "参与试点专业名称"),
    QT_TRANSLATE_NOOP("x1::gui::RowsModel", "参与试点学生规模"), QT_TRANSLATE_NOOP("x1::gui::RowsModel", "备注"),
};

} // namespace

void RowsModel::setDocument(WorkbookDocument* document)
{
    m_document = document;
    connect(document, &WorkbookDocument::changed, this, &RowsModel::rebuild);
    rebuild();
}

void RowsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        const QList<School>& schools = m_document->workbook().schools;
        for (int s = 0; s < schools.size(); ++s) {
            for (int r = 0; r < schools[s].rows.size(); ++r)
                m_rows.append({s, r});
        }
    }
    endResetModel();
}

int RowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 8;
}

QVariant RowsModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || !m_document)
        return {};
    const auto [schoolIndex, rowIndex] = m_rows.at(index.row());
    const School& school = m_document->workbook().schools.at(schoolIndex);
    const CertificateRow& row = school.rows.at(rowIndex);
    switch (index.column()) {
    case 0: return schoolIndex + 1;
    case 1: return school.name;
    case 2: return school.type;
    case 3: return printedCertificate(row);
    case 4: return row.printedMajorCount();
    case 5: return row.majors.join(u'、');
    case 6: return row.students;
    case 7: return row.remark;
    }
    return {};
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    const QString profileId = m_document ? m_document->workbook().header.profileId : QStringLiteral("sc-2019");
    const FormProfile* profile = Catalog::builtIn().profile(profileId);
    if (!profile)
        return {};
    return QCoreApplication::translate("x1::gui::RowsModel", profile->columns.value(section).toUtf8().constData());
}

} // namespace x1::gui
