#include "document/edit_commands.h"

namespace x1 {

InsertOrRemove::InsertOrRemove(Apply insert, Apply remove, ApplyFailed failed, bool inserting, const QString& text)
    : QUndoCommand(text), m_insert(std::move(insert)), m_remove(std::move(remove)), m_failed(std::move(failed)),
      m_inserting(inserting)
{
}

void InsertOrRemove::undo()
{
    run(m_inserting ? m_remove : m_insert);
}

void InsertOrRemove::redo()
{
    if (m_applied)
        m_applied = false;
    else
        run(m_inserting ? m_insert : m_remove);
}

void InsertOrRemove::run(const Apply& apply)
{
    if (Status status = apply(); !status)
        m_failed(status);
}

} // namespace x1
