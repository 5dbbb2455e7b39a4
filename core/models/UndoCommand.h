#pragma once

#include "domain/Result.h"
#include "services/RowRefs.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUndoCommand>

#include <functional>

namespace careerdesk {

class Workspace;

// An undo step made of two operations that can fail. A failure is reported through `onError`;
// the store is never left half-changed because each operation is one service call or transaction.
class UndoCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommand)

public:
    using Operation = std::function<Status()>;
    using OnError = std::function<void(const QString&)>;
    // How an operation runs: by default at once, on the calling thread; a runner may run it elsewhere
    // (the window: on a worker thread, while it shows progress) and returns what it returned.
    using Runner = std::function<Status(const QString& text, const Operation& operation)>;

    UndoCommand(const QString& text, Operation redo, Operation undo, OnError onError);

    // Rows already added (an import, a follow-up) as one step: undo takes them away with what cascades
    // from them, redo puts them back with their ids; the views follow the workspace's announcements.
    // `added` holds (table, id) in the order they were added.
    static UndoCommand* forAdded(Workspace& workspace, const QString& text, const RowRefs& added,
                                 OnError onError);

    void setRunner(Runner runner) { m_runner = std::move(runner); }
    void redo() override;
    void undo() override;
    bool succeeded() const { return m_succeeded; }

private:
    Status run(const QString& text, const Operation& operation) const;

    Operation m_redo;
    Operation m_undo;
    OnError m_onError;
    Runner m_runner;
    bool m_succeeded = true;
};

} // namespace careerdesk
