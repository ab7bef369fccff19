#include "document/workbook_document.h"

#include "catalog/catalog.h"
#include "document/paste_rows.h"
#include "printout/printed_form.h"
#include "merge/school_order.h"
#include "normalize/field_values.h"
#include "rules/explanations.h"
#include "rules/rule_book.h"
#include "storage/edit_lock.h"
#include "storage/workbook_file.h"
#include "storage/workbook_store.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::WorkbookDocument)
};

Error documentError(const QString& path, const QString& reason)
{
    return Error{Text::tr("%1：%2").arg(QDir::toNativeSeparators(path), reason)};
}

// The fields whose change moves a school in the printed order of a merged form.
bool changesSortKey(const FieldAddress& address)
{
    return address.scope == FieldAddress::Scope::School
        && (address.schoolField() == SchoolField::Name || address.schoolField() == SchoolField::Type
            || address.schoolField() == SchoolField::City);
}

// Writes what was typed into `next`, each value normalised as an import would; the reason of
// the first value refused (then `next` is half-written and must be dropped).
Status typeInto(Workbook& next, const QList<QPair<FieldAddress, QString>>& typed, const QString& path)
{
    for (const auto& [address, text] : typed) {
        if (!address.isValidIn(next))
            return documentError(path, Text::tr("要修改的位置不存在"));
        Result<QString> value = normalizeFieldValue(address, text);
        if (!value)
            return documentError(path, value.message());
        setFieldText(next, address, *value);
        if (changesSortKey(address))
            next.schools[address.school].sortKey = schoolSortKey(next.schools[address.school], Catalog::builtIn());
    }
    return {};
}

} // namespace

Result<std::unique_ptr<WorkbookDocument>> WorkbookDocument::open(const QString& path)
{
    Result<Workbook> workbook = WorkbookFile::read(path);
    if (!workbook)
        return workbook.error();
    std::unique_ptr<WorkbookDocument> document(new WorkbookDocument(path, std::move(workbook).value()));
    Result<std::unique_ptr<EditLock>> lock = EditLock::acquire(path);
    if (!lock) {
        document->m_readOnlyReason = lock.message();
        return document;
    }
    Result<std::unique_ptr<WorkbookStore>> store = WorkbookStore::open(path);
    if (!store) {
        document->m_readOnlyReason = store.message();
        return document;
    }
    document->m_lock = std::move(lock).value();
    document->m_store = std::move(store).value();
    return document;
}

Result<std::unique_ptr<WorkbookDocument>> WorkbookDocument::create(const QString& path, const Workbook& workbook)
{
    if (Status created = WorkbookFile::create(path, workbook); !created)
        return created.error();
    return open(path);
}

WorkbookDocument::WorkbookDocument(QString path, Workbook workbook)
    : m_path(std::move(path)), m_workbook(std::move(workbook)), m_checks(Catalog::builtIn())
{
    qRegisterMetaType<x1::ChangeEvent>();
    // A burst of edits (typing, a paste, an undo after another) is re-checked once at its end.
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(0);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        findings();
        emit findingsChanged();
    });
}

WorkbookDocument::~WorkbookDocument() = default;

Status WorkbookDocument::refuseUnlessEditable() const
{
    if (!m_store)
        return Error{m_readOnlyReason};
    if (m_workbook.finalisation.isFinal())
        return documentError(m_path, Text::tr("工作簿已定稿（校验码 %1），不能修改；如需修改，请先取消定稿")
                                         .arg(m_workbook.finalisation.code));
    return {};
}

void WorkbookDocument::touched(int school, bool everything)
{
    if (everything || school < 0)
        m_checks.markEverything();
    else
        m_checks.markSchool(school, m_workbook.schools[school].conflictGroup != 0);
    m_recheck.start();
}

const QList<Finding>& WorkbookDocument::findings()
{
    m_checks.update(m_workbook);
    return m_checks.findings();
}

ApplyFailed WorkbookDocument::failureHandler()
{
    return [this](const Status& status) { undoRedoFailed(status); };
}

// An undo or redo that could not be written: the file holds the state before it. The document
// takes that state back, so what is shown is what is stored, and the history ends there.
void WorkbookDocument::undoRedoFailed(const Status& status)
{
    if (Result<Workbook> reread = WorkbookFile::read(m_path))
        m_workbook = std::move(reread).value();
    QTimer::singleShot(0, this, [this] { m_undoStack.clear(); });
    touched(-1, true);
    emit changed({ChangeEvent::Kind::Reset});
    emit writeFailed(status.message());
}

// --- applying (file first, then the model, then the announcement) ---

Status WorkbookDocument::applyHeader(const Header& header)
{
    Workbook next = m_workbook;
    next.header = header;
    if (Status stored = m_store->storeHeader(next); !stored)
        return stored;
    m_workbook.header = header;
    touched(-1, true);
    emit changed({ChangeEvent::Kind::Header});
    return {};
}

Status WorkbookDocument::applySchool(int index, const School& school)
{
    if (Status stored = m_store->storeSchool(index, school); !stored)
        return stored;
    const School before = std::exchange(m_workbook.schools[index], school);
    touched(index);
    School fieldsBefore = before, fieldsAfter = school;
    fieldsBefore.rows.clear();
    fieldsAfter.rows.clear();
    if (fieldsBefore != fieldsAfter)
        emit changed({ChangeEvent::Kind::School, index});
    if (before.rows.size() != school.rows.size()) {
        emit changed({ChangeEvent::Kind::Reset});
        return {};
    }
    for (int r = 0; r < school.rows.size(); ++r) {
        if (before.rows[r] != school.rows[r])
            emit changed({ChangeEvent::Kind::RowsChanged, index, r, r});
    }
    return {};
}

Status WorkbookDocument::applyInsertSchool(int index, const School& school)
{
    if (Status stored = m_store->insertSchool(index, school); !stored)
        return stored;
    m_workbook.schools.insert(index, school);
    m_checks.schoolInserted(m_workbook, index);
    m_recheck.start();
    emit changed({ChangeEvent::Kind::SchoolsInserted, -1, index, index});
    return {};
}

Status WorkbookDocument::applyRemoveSchool(int index)
{
    if (Status stored = m_store->removeSchool(index); !stored)
        return stored;
    const bool inConflict = m_workbook.schools[index].conflictGroup != 0;
    m_workbook.schools.remove(index);
    if (inConflict)
        m_checks.markEverything(); // the other versions' E13 changes
    else
        m_checks.schoolRemoved(m_workbook, index);
    m_recheck.start();
    emit changed({ChangeEvent::Kind::SchoolsRemoved, -1, index, index});
    return {};
}

Status WorkbookDocument::applyInsertRows(int school, int row, const QList<CertificateRow>& rows)
{
    School next = m_workbook.schools[school];
    for (int i = 0; i < rows.size(); ++i)
        next.rows.insert(row + i, rows[i]);
    if (Status stored = m_store->storeSchool(school, next); !stored)
        return stored;
    m_workbook.schools[school] = std::move(next);
    touched(school);
    emit changed({ChangeEvent::Kind::RowsInserted, school, row, row + int(rows.size()) - 1});
    return {};
}

Status WorkbookDocument::applyRemoveRows(int school, int first, int count)
{
    School next = m_workbook.schools[school];
    next.rows.remove(first, count);
    if (Status stored = m_store->storeSchool(school, next); !stored)
        return stored;
    m_workbook.schools[school] = std::move(next);
    touched(school);
    emit changed({ChangeEvent::Kind::RowsRemoved, school, first, first + count - 1});
    return {};
}

Status WorkbookDocument::applyExplanation(const QString& identity, const QString& text)
{
    if (Status stored = m_store->storeExplanation(identity, text); !stored)
        return stored;
    if (text.isEmpty())
        m_workbook.explanations.remove(identity);
    else
        m_workbook.explanations.insert(identity, text);
    touched(-1, true);
    return {};
}

Status WorkbookDocument::applyWorkbook(const Workbook& workbook)
{
    if (Status stored = m_store->storeAll(workbook); !stored)
        return stored;
    m_workbook = workbook;
    touched(-1, true);
    emit changed({ChangeEvent::Kind::Reset});
    return {};
}

// --- edits ---

Status WorkbookDocument::pushSchoolChange(int index, const School& after, const QString& text,
                                          std::optional<FieldAddress> mergeKey)
{
    const School before = m_workbook.schools[index];
    if (Status applied = applySchool(index, after); !applied)
        return applied;
    m_undoStack.push(new ChangeValue<School>([this, index](const School& value) { return applySchool(index, value); },
                                             failureHandler(), before, after, text, mergeKey));
    return {};
}

Status WorkbookDocument::setField(const FieldAddress& address, const QString& typed)
{
    return setFields({{address, typed}}, Text::tr("修改"));
}

Status WorkbookDocument::setFields(const QList<QPair<FieldAddress, QString>>& typed, const QString& undoText)
{
    if (Status editable = refuseUnlessEditable(); !editable)
        return editable;
    if (typed.isEmpty())
        return {};
    const FieldAddress& first = typed.first().first;
    for (const auto& [address, text] : typed) {
        const bool sameTarget = address.scope == FieldAddress::Scope::Header
            ? first.scope == FieldAddress::Scope::Header
            : first.scope != FieldAddress::Scope::Header && address.school == first.school;
        if (!sameTarget)
            return documentError(m_path, Text::tr("要修改的位置不存在"));
    }
    Workbook next = m_workbook;
    if (Status typedIn = typeInto(next, typed, m_path); !typedIn)
        return typedIn;
    const std::optional<FieldAddress> mergeKey = typed.size() == 1 ? std::optional(first) : std::nullopt;
    if (first.scope == FieldAddress::Scope::Header) {
        if (next.header == m_workbook.header)
            return {};
        const Header before = m_workbook.header;
        if (Status applied = applyHeader(next.header); !applied)
            return applied;
        m_undoStack.push(new ChangeValue<Header>([this](const Header& value) { return applyHeader(value); },
                                                 failureHandler(), before, next.header, undoText, mergeKey));
        return {};
    }
    if (next.schools[first.school] == m_workbook.schools[first.school])
        return {};
    return pushSchoolChange(first.school, next.schools[first.school], undoText, mergeKey);
}

Result<int> WorkbookDocument::addSchool(const School& school)
{
    School placed = school;
    placed.sortKey = schoolSortKey(placed, Catalog::builtIn());
    int index = 0;
    while (index < m_workbook.schools.size()) {
        const School& other = m_workbook.schools[index];
        const QString key = other.sortKey.isEmpty() ? schoolSortKey(other, Catalog::builtIn()) : other.sortKey;
        if (key > placed.sortKey)
            break;
        ++index;
    }
    if (Status inserted = insertSchool(index, placed); !inserted)
        return inserted.error();
    return index;
}

Result<int> WorkbookDocument::addSchool(const QList<QPair<SchoolField, QString>>& typed)
{
    Workbook scratch;
    scratch.schools.append(School{});
    QList<QPair<FieldAddress, QString>> addressed;
    for (const auto& [field, text] : typed)
        addressed.append({FieldAddress::of(0, field), text});
    if (Status typedIn = typeInto(scratch, addressed, m_path); !typedIn)
        return typedIn.error();
    return addSchool(scratch.schools.first());
}

Status WorkbookDocument::insertSchool(int index, const School& school)
{
    if (Status editable = refuseUnlessEditable(); !editable)
        return editable;
    if (index < 0 || index > m_workbook.schools.size())
        return documentError(m_path, Text::tr("要修改的位置不存在"));
    if (Status applied = applyInsertSchool(index, school); !applied)
        return applied;
    m_undoStack.push(new InsertOrRemove([this, index, school] { return applyInsertSchool(index, school); },
                                        [this, index] { return applyRemoveSchool(index); }, failureHandler(), true,
                                        Text::tr("新增学校")));
    return {};
}

Status WorkbookDocument::removeSchool(int index)
{
    if (Status editable = refuseUnlessEditable(); !editable)
        return editable;
    if (index < 0 || index >= m_workbook.schools.size())
        return documentError(m_path, Text::tr("要修改的位置不存在"));
    const School school = m_workbook.schools[index];
    if (Status applied = applyRemoveSchool(index); !applied)
        return applied;
    m_undoStack.push(new InsertOrRemove([this, index, school] { return applyInsertSchool(index, school); },
                                        [this, index] { return applyRemoveSchool(index); }, failureHandler(), false,
                                        Text::tr("删除学校")));
    return {};
}

Status WorkbookDocument::insertRows(int school, int row, const QList<CertificateRow>& rows, const QString& undoText)
{
    if (Status editable = refuseUnlessEditable(); !editable)
        return editable;
    if (school < 0 || school >= m_workbook.schools.size() || row < 0 || row > m_workbook.schools[school].rows.size())
        return documentError(m_path, Text::tr("要修改的位置不存在"));
    if (rows.isEmpty())
        return {};
    if (Status applied = applyInsertRows(school, row, rows); !applied)
        return applied;
    const int count = int(rows.size());
    m_undoStack.push(new InsertOrRemove([this, school, row, rows] { return applyInsertRows(school, row, rows); },
                                        [this, school, row, count] { return applyRemoveRows(school, row, count); },
                                        failureHandler(), true, undoText.isEmpty() ? Text::tr("新增证书行") : undoText));
    return {};
}

Status WorkbookDocument::insertRow(int school, int row, const QList<QPair<RowField, QString>>& typed)
{
    Workbook scratch;
    scratch.schools.append(School{});
    scratch.schools.first().rows.append(CertificateRow{});
    QList<QPair<FieldAddress, QString>> addressed;
    for (const auto& [field, text] : typed)
        addressed.append({FieldAddress::of(0, 0, field), text});
    if (Status typedIn = typeInto(scratch, addressed, m_path); !typedIn)
        return typedIn;
    return insertRows(school, row, scratch.schools.first().rows);
}

Status WorkbookDocument::removeRows(int school, int first, int count)
{
    if (Status editable = refuseUnlessEditable(); !editable)
        return editable;
    if (school < 0 || school >= m_workbook.schools.size() || first < 0 || count <= 0
        || first + count > m_workbook.schools[school].rows.size())
        return documentError(m_path, Text::tr("要修改的位置不存在"));
    const QList<CertificateRow> rows = m_workbook.schools[school].rows.mid(first, count);
    if (Status applied = applyRemoveRows(school, first, count); !applied)
        return applied;
    m_undoStack.push(new InsertOrRemove([this, school, first, rows] { return applyInsertRows(school, first, rows); },
                                        [this, school, first, count] { return applyRemoveRows(school, first, count); },
                                        failureHandler(), false, Text::tr("删除证书行")));
    return {};
}

Result<int> WorkbookDocument::pasteRows(int school, int row, const QString& text)
{
    const QList<CertificateRow> rows = rowsFromPastedText(text, Catalog::builtIn());
    if (rows.isEmpty())
        return documentError(m_path, Text::tr("剪贴板中没有可以粘贴的证书行"));
    if (Status inserted = insertRows(school, row, rows, Text::tr("粘贴 %1 行").arg(rows.size())); !inserted)
        return inserted.error();
    return int(rows.size());
}

Status WorkbookDocument::explain(const FindingIdentity& identity, const QString& text)
{
    if (Status editable = refuseUnlessEditable(); !editable)
        return editable;
    const QString explanation = text.trimmed();
    const RuleBook& rules = RuleBook::builtIn();
    if (!explanation.isEmpty() && !isAcceptableExplanation(explanation, rules))
        return documentError(m_path, Text::tr("说明太短：至少 %1 个字（不计空格），请写明原因").arg(rules.explanationMinLength()));
    const QString key = identity.key();
    const QString before = m_workbook.explanations.value(key);
    if (before == explanation)
        return {};
    if (Status applied = applyExplanation(key, explanation); !applied)
        return applied;
    m_undoStack.push(new ChangeValue<QString>([this, key](const QString& value) { return applyExplanation(key, value); },
                                              failureHandler(), before, explanation, Text::tr("说明警告 %1").arg(identity.code)));
    return {};
}

Status WorkbookDocument::replaceWorkbook(const Workbook& workbook, const QString& undoText)
{
    if (Status editable = refuseUnlessEditable(); !editable)
        return editable;
    if (workbook == m_workbook)
        return {};
    const Workbook before = m_workbook;
    if (Status applied = applyWorkbook(workbook); !applied)
        return applied;
    m_undoStack.push(new ChangeValue<Workbook>([this](const Workbook& value) { return applyWorkbook(value); },
                                               failureHandler(), before, workbook, undoText));
    return {};
}

Status WorkbookDocument::finalize()
{
    if (Status editable = refuseUnlessEditable(); !editable)
        return editable;
    const CheckSummary counts = summary();
    if (counts.errors > 0)
        return documentError(m_path, Text::tr("不能定稿：还有 %1 个错误，改正后再定稿").arg(counts.errors));
    return storeFinalisation({PrintedForm::of(m_workbook, Catalog::builtIn()).verificationCode, Clock::now(), false});
}

Status WorkbookDocument::storeFinalisation(const Finalisation& finalisation)
{
    Workbook next = m_workbook;
    next.finalisation = finalisation;
    if (Status stored = m_store->storeHeader(next); !stored)
        return stored;
    m_workbook.finalisation = finalisation;
    m_undoStack.clear();
    touched(-1, true);
    emit changed({ChangeEvent::Kind::Header});
    return {};
}

Status WorkbookDocument::reopen()
{
    if (!m_store)
        return Error{m_readOnlyReason};
    if (!m_workbook.finalisation.isFinal())
        return documentError(m_path, Text::tr("没有定稿，无需取消定稿"));
    Finalisation reopened = m_workbook.finalisation;
    reopened.reopened = true;
    return storeFinalisation(reopened);
}

} // namespace x1
