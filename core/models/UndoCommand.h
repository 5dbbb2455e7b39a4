#pragma once

#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>

namespace careerdesk {

// An undo step made of two operations that can fail. A failure is reported through `onError`;
// the store is never left half-changed because each operation is one service call or transaction.
class UndoCommand : public QUndoCommand
{
public:
    using Operation = std::function<Status()>;

    UndoCommand(const QString& text, Operation redo, Operation undo,
                std::function<void(const QString&)> onError);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_succeeded; }

private:
    Operation m_redo;
    Operation m_undo;
    std::function<void(const QString&)> m_onError;
    bool m_succeeded = true;
};

} // namespace careerdesk
