#include "document/workbook_document.h"

#include "storage/workbook_file.h"

#include <QUndoCommand>

#include <functional>

namespace x1 {

namespace {

// One generic command: a value of the document before and after the edit.
template <typename Value>
class ChangeValue : public QUndoCommand {
public:
    using Apply = std::function<void(const Value&)>;

    ChangeValue(Apply apply, Value before, Value after, const QString& text)
        : QUndoCommand(text), m_apply(std::move(apply)), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    Apply m_apply;
    Value m_before, m_after;
};

class InsertOrRemoveSchool : public QUndoCommand {
public:
    InsertOrRemoveSchool(WorkbookDocument* document, int index, School school, bool insert, const QString& text)
        : QUndoCommand(text), m_document(document), m_index(index), m_school(std::move(school)), m_insert(insert)
    {
    }

    void undo() override { m_insert ? m_document->applyRemove(m_index) : m_document->applyInsert(m_index, m_school); }
    void redo() override { m_insert ? m_document->applyInsert(m_index, m_school) : m_document->applyRemove(m_index); }

private:
    WorkbookDocument* m_document;
    int m_index;
    School m_school;
    bool m_insert;
};

} // namespace

Result<std::unique_ptr<WorkbookDocument>> WorkbookDocument::open(const QString& path)
{
    Result<Workbook> workbook = WorkbookFile::read(path);
    if (!workbook)
        return workbook.error();
    return std::make_unique<WorkbookDocument>(path, std::move(workbook).value());
}

WorkbookDocument::WorkbookDocument(QString path, Workbook workbook)
    : m_path(std::move(path)), m_workbook(std::move(workbook))
{
}

Status WorkbookDocument::save()
{
    Status status = WorkbookFile::write(m_path, m_workbook);
    if (status)
        m_undoStack.setClean();
    return status;
}

void WorkbookDocument::setHeader(const Header& header, const QString& text)
{
    m_undoStack.push(new ChangeValue<Header>([this](const Header& value) { applyHeader(value); },
                                             m_workbook.header, header, text));
}

void WorkbookDocument::setSchool(int index, const School& school, const QString& text)
{
    m_undoStack.push(new ChangeValue<School>([this, index](const School& value) { applySchool(index, value); },
                                             m_workbook.schools.at(index), school, text));
}

void WorkbookDocument::insertSchool(int index, const School& school, const QString& text)
{
    m_undoStack.push(new InsertOrRemoveSchool(this, index, school, true, text));
}

void WorkbookDocument::removeSchool(int index, const QString& text)
{
    m_undoStack.push(new InsertOrRemoveSchool(this, index, m_workbook.schools.at(index), false, text));
}

void WorkbookDocument::applyHeader(const Header& header)
{
    m_workbook.header = header;
    emit changed({ChangeEvent::Kind::Header, -1});
}

void WorkbookDocument::applySchool(int index, const School& school)
{
    m_workbook.schools[index] = school;
    emit changed({ChangeEvent::Kind::School, index});
}

void WorkbookDocument::applyInsert(int index, const School& school)
{
    m_workbook.schools.insert(index, school);
    emit changed({ChangeEvent::Kind::SchoolInserted, index});
}

void WorkbookDocument::applyRemove(int index)
{
    m_workbook.schools.remove(index);
    emit changed({ChangeEvent::Kind::SchoolRemoved, index});
}

} // namespace x1
