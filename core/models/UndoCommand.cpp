#include "UndoCommand.h"

namespace careerdesk {

UndoCommand::UndoCommand(const QString& text, Operation redo, Operation undo,
                         std::function<void(const QString&)> onError)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{}

void UndoCommand::redo()
{
    const Status done = m_redo();
    m_succeeded = done.ok();
    if (!done) {
        setObsolete(true);
        m_onError(done.errorMessage());
    }
}

void UndoCommand::undo()
{
    const Status done = m_undo();
    m_succeeded = done.ok();
    if (!done)
        m_onError(done.errorMessage());
}

} // namespace careerdesk
