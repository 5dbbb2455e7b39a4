#include "UndoCommand.h"

#include "services/Workspace.h"

#include <memory>
#include <utility>

namespace careerdesk {

UndoCommand::UndoCommand(const QString& text, Operation redo, Operation undo, OnError onError)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{}

UndoCommand* UndoCommand::forAdded(Workspace& workspace, const QString& text, const RowRefs& added,
                                   OnError onError)
{
    auto archives = std::make_shared<QList<RowArchive>>();
    auto done = std::make_shared<bool>(true); // the first redo is the adding itself, already done
    Workspace* rows = &workspace;
    auto redo = [rows, archives, done]() -> Status {
        if (std::exchange(*done, false))
            return {};
        return rows->restore(*archives);
    };
    auto undo = [rows, archives, added]() -> Status {
        auto taken = rows->takeAway(added);
        if (taken)
            *archives = taken.value();
        return taken ? Status() : Status(taken.error());
    };
    return new UndoCommand(text, redo, undo, std::move(onError));
}

Status UndoCommand::run(const QString& text, const Operation& operation) const
{
    return m_runner ? m_runner(text, operation) : operation();
}

void UndoCommand::redo()
{
    const Status done = run(tr("Redoing %1…").arg(text()), m_redo);
    m_succeeded = done.ok();
    if (!done) {
        setObsolete(true);
        m_onError(done.errorMessage());
    }
}

void UndoCommand::undo()
{
    const Status done = run(tr("Undoing %1…").arg(text()), m_undo);
    m_succeeded = done.ok();
    if (!done)
        m_onError(done.errorMessage());
}

} // namespace careerdesk
