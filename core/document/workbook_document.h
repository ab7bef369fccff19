#pragma once

#include "model/workbook.h"
#include "util/result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace x1 {

// What an edit changed, so that views refresh only that.
struct ChangeEvent {
    enum class Kind { Header, School, SchoolInserted, SchoolRemoved, Everything };
    Kind kind = Kind::Everything;
    int schoolIndex = -1;
};

// An open workbook being edited: owns the edits (an undo stack) and announces every change.
// The GUI edits through it and never touches SQL or files; saving writes one transaction.
class WorkbookDocument : public QObject {
    Q_OBJECT

public:
    static Result<std::unique_ptr<WorkbookDocument>> open(const QString& path);
    WorkbookDocument(QString path, Workbook workbook);

    const Workbook& workbook() const { return m_workbook; }
    const QString& path() const { return m_path; }
    QUndoStack* undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }
    bool isReadOnly() const { return m_workbook.finalisation.isFinal(); }

    Status save();

    // Edits, each one undoable. `text` names it in the Edit menu.
    void setHeader(const Header& header, const QString& text);
    void setSchool(int index, const School& school, const QString& text);
    void insertSchool(int index, const School& school, const QString& text);
    void removeSchool(int index, const QString& text);

    // Applied by the undo commands; not for views.
    void applyHeader(const Header& header);
    void applySchool(int index, const School& school);
    void applyInsert(int index, const School& school);
    void applyRemove(int index);

signals:
    void changed(const x1::ChangeEvent& event);

private:
    QString m_path;
    Workbook m_workbook;
    QUndoStack m_undoStack;
};

} // namespace x1
