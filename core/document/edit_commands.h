#pragma once

#include "model/field_address.h"
#include "model/workbook.h"
#include "util/result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace x1 {

// The undo commands of WorkbookDocument. Each is pushed after its edit was applied (written and
// announced), so its first redo does nothing; undo and redo apply through the document and
// report a write that fails.
using ApplyFailed = std::function<void(const Status&)>;

// One generic command: a value of the document before and after the edit. Successive commands
// that change the same single field (`mergeKey`) merge into one, so typing "1", "12", "120" into
// one cell is one undo step.
template <typename Value>
class ChangeValue : public QUndoCommand {
public:
    using Apply = std::function<Status(const Value&)>;

    ChangeValue(Apply apply, ApplyFailed failed, Value before, Value after, const QString& text,
                std::optional<FieldAddress> mergeKey = std::nullopt)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_failed(std::move(failed))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {
    }

    int id() const override { return m_mergeKey ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ChangeValue<Value>*>(other);
        if (!next || !m_mergeKey || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        setObsolete(m_before == m_after);
        return true;
    }
    void undo() override { run(m_before); }
    void redo() override
    {
        if (m_applied)
            m_applied = false;
        else
            run(m_after);
    }

private:
    Apply m_apply;
    ApplyFailed m_failed;
    Value m_before, m_after;
    std::optional<FieldAddress> m_mergeKey;
    bool m_applied = true;

    void run(const Value& value)
    {
        if (Status status = m_apply(value); !status)
            m_failed(status);
    }
};

// Inserting or removing a run of items (schools, or the rows of one school); the other is its
// undo.
class InsertOrRemove : public QUndoCommand {
public:
    using Apply = std::function<Status()>;

    InsertOrRemove(Apply insert, Apply remove, ApplyFailed failed, bool inserting, const QString& text);
    void undo() override;
    void redo() override;

private:
    Apply m_insert, m_remove;
    ApplyFailed m_failed;
    bool m_inserting;
    bool m_applied = true;

    void run(const Apply& apply);
};

} // namespace x1
