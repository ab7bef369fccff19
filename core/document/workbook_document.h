#pragma once

#include "document/edit_commands.h"
#include "document/live_checks.h"
#include "model/field_address.h"
#include "model/workbook.h"
#include "rules/finding.h"
#include "util/result.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace x1 {

class EditLock;
class WorkbookStore;

// What an edit changed, so that a view refreshes only that.
struct ChangeEvent {
    enum class Kind {
        Header,          // a header field (or the 定稿 state)
        School,          // the fields of school `school`
        RowsChanged,     // rows first..last of school `school`
        RowsInserted,    // rows first..last of school `school`
        RowsRemoved,     // rows first..last of school `school`, as they were numbered
        SchoolsInserted, // schools first..last
        SchoolsRemoved,  // schools first..last, as they were numbered
        Reset,           // anything: read it all again
    };
    Kind kind = Kind::Reset;
    int school = -1;
    int first = -1;
    int last = -1;
};

// An open workbook and the only way to change it. The window and the console's edit commands
// edit through it; nothing above core touches storage.
// - Every edit goes through the normalisers of an import (normalizeFieldValue) and is written to
//   the file at once, in its own transaction touching only what changed; there is no "save".
// - Every edit is undoable; successive keystrokes into one field are one undo step.
// - After a burst of edits the document re-checks what they touched and announces the findings.
// An edit that cannot be made (the workbook is read-only or 定稿, a value it cannot hold, a
// failed write) changes nothing and returns the reason, naming the file.
class WorkbookDocument : public QObject {
    Q_OBJECT

public:
    // Opens for editing when it can; otherwise read-only, with the reason in readOnlyReason():
    // the file is read-only, or another x1apply is editing it.
    static Result<std::unique_ptr<WorkbookDocument>> open(const QString& path);
    // Creates a new workbook file (refusing an existing one) and opens it.
    static Result<std::unique_ptr<WorkbookDocument>> create(const QString& path, const Workbook& workbook);
    ~WorkbookDocument() override;

    const Workbook& workbook() const { return m_workbook; }
    const QString& path() const { return m_path; }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Edits can be made: the file is writable and the workbook is not 定稿.
    bool isEditable() const { return m_store && !m_workbook.finalisation.isFinal(); }
    bool isFinal() const { return m_workbook.finalisation.isFinal(); }
    // Why the file cannot be written (empty when it can).
    const QString& readOnlyReason() const { return m_readOnlyReason; }

    // --- edits ---
    // One field from what was typed. Successive edits of one field merge into one undo step.
    Status setField(const FieldAddress& address, const QString& typed);
    // Several fields of the header or of one school (the console's set-school, set-row), in one
    // transaction and one undo step; nothing is changed when any value is refused.
    Status setFields(const QList<QPair<FieldAddress, QString>>& typed, const QString& undoText);
    // A school at its place in the printed order (市（州）, type, pinyin); returns its index.
    Result<int> addSchool(const School& school);
    // A school from typed fields (normalised as setFields does), added at its place; one edit.
    Result<int> addSchool(const QList<QPair<SchoolField, QString>>& typed);
    Status insertSchool(int index, const School& school);
    Status removeSchool(int index);
    Status insertRows(int school, int row, const QList<CertificateRow>& rows, const QString& undoText = {});
    // A row from typed fields (normalised as setFields does), inserted at `row`; one edit.
    Status insertRow(int school, int row, const QList<QPair<RowField, QString>>& typed);
    Status removeRows(int school, int first, int count);
    // Tab-separated text as Excel or WPS puts it on the clipboard (paste_rows.h), inserted as rows
    // at `row`; returns how many rows were added.
    Result<int> pasteRows(int school, int row, const QString& text);
    // Records the explanation of a warning (at least RuleBook::explanationMinLength characters);
    // an empty text removes it.
    Status explain(const FindingIdentity& identity, const QString& text);
    // A new state of the whole workbook (an import, a merge, a resolved conflict), one undo step.
    Status replaceWorkbook(const Workbook& workbook, const QString& undoText);
    // 定稿 (refused while errors remain) and 取消定稿. Neither is undone by Undo: the undo history
    // ends there.
    Status finalize();
    Status reopen();

    // --- findings ---
    // The current findings in printed order; re-checks first when edits are pending.
    const QList<Finding>& findings();
    CheckSummary summary() { return CheckSummary::of(findings()); }

signals:
    void changed(const x1::ChangeEvent& event);
    // The findings were re-checked after a burst of edits.
    void findingsChanged();
    // An undo or redo could not be written: the document was read again from the file.
    void writeFailed(const QString& message);

private:
    WorkbookDocument(QString path, Workbook workbook);

    // Applied by the undo commands: write the file first, then the model, then announce.
    Status applyHeader(const Header& header);
    Status applySchool(int index, const School& school);
    Status applyInsertSchool(int index, const School& school);
    Status applyRemoveSchool(int index);
    Status applyInsertRows(int school, int row, const QList<CertificateRow>& rows);
    Status applyRemoveRows(int school, int first, int count);
    Status applyExplanation(const QString& identity, const QString& text);
    Status applyWorkbook(const Workbook& workbook);
    void undoRedoFailed(const Status& status);

    Status refuseUnlessEditable() const;
    // 定稿 or 取消定稿, written; the undo history ends here.
    Status storeFinalisation(const Finalisation& finalisation);
    void touched(int school, bool everything = false);
    ApplyFailed failureHandler();
    Status pushSchoolChange(int index, const School& after, const QString& text,
                            std::optional<FieldAddress> mergeKey = std::nullopt);

    QString m_path;
    Workbook m_workbook;
    QUndoStack m_undoStack;
    std::unique_ptr<EditLock> m_lock;
    std::unique_ptr<WorkbookStore> m_store;
    QString m_readOnlyReason;
    LiveChecks m_checks;
    QTimer m_recheck;
};

} // namespace x1

Q_DECLARE_METATYPE(x1::ChangeEvent)
