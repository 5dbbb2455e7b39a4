#include "EntityTableModelBase.h"

#include "services/Workspace.h"

namespace careerdesk {

EntityTableModelBase::EntityTableModelBase(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{}

void EntityTableModelBase::setUserId(qint64 userId)
{
    m_userId = userId;
    reload();
}

int EntityTableModelBase::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant EntityTableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec& column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.title;
    case EditorKindRole:
        return int(column.editor);
    case ChoicesRole:
        return column.choices;
    case ReadOnlyRole:
        return column.readOnly;
    case InTableRole:
        return column.inTable;
    default:
        return {};
    }
}

Qt::ItemFlags EntityTableModelBase::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!m_columns.at(index.column()).readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString EntityTableModelBase::opportunityLabel(qint64 opportunityId) const
{
    if (opportunityId <= 0)
        return {};
    auto posting = m_workspace.opportunities().getOpportunityById(opportunityId);
    if (!posting || !posting->has_value())
        return {};
    return tr("%1 at %2").arg(posting->value().title, posting->value().company);
}

bool EntityTableModelBase::run(const QString& text, UndoCommand::Operation redo, UndoCommand::Operation undo)
{
    auto* command = new UndoCommand(text, std::move(redo), std::move(undo),
                                    [this](const QString& message) { reportError(message); });
    if (m_undoStack) {
        m_undoStack->push(command); // runs redo(); an obsolete (failed) command is dropped
        const bool worked =
            m_undoStack->count() > 0 && m_undoStack->command(m_undoStack->index() - 1) == command;
        if (worked)
            Q_EMIT statusMessage(text);
        return worked;
    }
    command->redo();
    const bool worked = command->succeeded();
    delete command;
    if (worked)
        Q_EMIT statusMessage(text);
    return worked;
}

} // namespace careerdesk
