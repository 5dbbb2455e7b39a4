#include "EntityTableModelBase.h"

#include "services/Workspace.h"

#include <QMetaMethod>

namespace careerdesk {

EntityTableModelBase::EntityTableModelBase(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(reloadDelayMs);
    connect(&m_reloadSoon, &QTimer::timeout, this, [this] {
        if (isSignalConnected(QMetaMethod::fromSignal(&EntityTableModelBase::reloadWanted)))
            Q_EMIT reloadWanted();
        else
            reload();
    });
    // A posting the rows link that changed or went is read again (it is shown empty when gone).
    const EntityService& postings = workspace.opportunities();
    for (auto signal : {&EntityService::changed, &EntityService::removed})
        connect(&postings, signal, this, [this](qint64 id) { rereadPostings({id}); });
    connect(&postings, &EntityService::manyChanged, this, [this] { rereadPostings(m_postings.keys()); });
}

void EntityTableModelBase::reloadSoon()
{
    if (!m_reloadSoon.isActive())
        m_reloadSoon.start();
}

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

void EntityTableModelBase::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool EntityTableModelBase::canChange(int row) const
{
    Q_UNUSED(row);
    return !m_readOnly;
}

QString EntityTableModelBase::personName(qint64 userId) const
{
    if (userId <= 0)
        return {};
    auto known = m_personNames.constFind(userId);
    if (known != m_personNames.constEnd())
        return *known;
    auto person = m_workspace.users().getUser(userId);
    const QString name = person ? person->shownName() : tr("someone no longer here");
    m_personNames.insert(userId, name);
    return name;
}

Qt::ItemFlags EntityTableModelBase::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (canChange(index.row()) && !m_columns.at(index.column()).readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString EntityTableModelBase::opportunityLabel(qint64 opportunityId) const
{
    const Opportunity posting = postingOf(opportunityId);
    if (posting.id <= 0)
        return {};
    return tr("%1 at %2").arg(posting.title, posting.company);
}

Opportunity EntityTableModelBase::postingOf(qint64 opportunityId) const
{
    if (opportunityId <= 0)
        return {};
    if (!m_postings.contains(opportunityId))
        readPostings({opportunityId});
    return m_postings.value(opportunityId);
}

void EntityTableModelBase::readPostings(const QSet<qint64>& ids) const
{
    QList<qint64> unread;
    for (qint64 id : ids) {
        if (id > 0 && !m_postings.contains(id))
            unread << id;
    }
    if (unread.isEmpty())
        return;
    auto read = m_workspace.opportunities().getOpportunitiesById(unread);
    if (!read)
        return; // read again when next needed
    for (qint64 id : std::as_const(unread))
        m_postings.insert(id, read->value(id)); // an empty posting for one that is not there
}

void EntityTableModelBase::rereadPostings(const QList<qint64>& ids)
{
    QSet<qint64> known;
    for (qint64 id : ids) {
        if (m_postings.remove(id) > 0)
            known.insert(id);
    }
    if (known.isEmpty())
        return;
    readPostings(known);
    postingsChanged();
}

QVariantList EntityTableModelBase::opportunityChoices(const QSet<qint64>& linked) const
{
    auto choice = [](qint64 id, const QString& label) {
        return QVariantMap{{QStringLiteral("key"), QString::number(id)}, {QStringLiteral("label"), label}};
    };
    QVariantList choices{choice(0, tr("(none)"))};
    QSet<qint64> ids = linked;
    if (auto pipeline = m_workspace.applications().getUserOpportunities(m_userId)) {
        for (const Application& application : pipeline.value())
            ids.insert(application.opportunityId);
    }
    readPostings(ids);
    QList<QPair<QString, qint64>> labelled;
    for (qint64 id : std::as_const(ids)) {
        if (id > 0)
            labelled << qMakePair(opportunityLabel(id), id);
    }
    std::sort(labelled.begin(), labelled.end());
    for (const auto& [label, id] : std::as_const(labelled)) {
        if (!label.isEmpty())
            choices << choice(id, label);
    }
    return choices;
}

void EntityTableModelBase::setColumnChoices(int column, const QVariantList& choices)
{
    if (m_columns.at(column).choices == choices)
        return;
    m_columns[column].choices = choices;
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
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
