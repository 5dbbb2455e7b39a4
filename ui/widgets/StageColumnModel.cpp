#include "StageColumnModel.h"

#include "models/ApplicationModel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace careerdesk {

StageColumnModel::StageColumnModel(ApplicationModel* applications, ApplicationStatus stage, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_applications(applications)
    , m_stage(stage)
{
    setSourceModel(applications);
    setSortRole(SortRole);
    sort(ApplicationModel::UpdatedAt, Qt::DescendingOrder);
}

bool StageColumnModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !sourceParent.isValid() &&
           m_applications->index(sourceRow, ApplicationModel::Status).data(Qt::EditRole).toString() ==
               enumKey(m_stage);
}

QVariant StageColumnModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole && index.isValid())
        return m_applications->cardText(mapToSource(index).row());
    if (role == Qt::ToolTipRole && index.isValid())
        return tr("Drag to another stage, or use Ctrl+Shift+Left / Right");
    return QSortFilterProxyModel::data(index, role);
}

Qt::ItemFlags StageColumnModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return (QSortFilterProxyModel::flags(index) | Qt::ItemIsDragEnabled) & ~Qt::ItemIsEditable;
}

QStringList StageColumnModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType)};
}

QMimeData* StageColumnModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << ids;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), encoded);
    return data;
}

bool StageColumnModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                       const QModelIndex&) const
{
    return data && data->hasFormat(QString::fromLatin1(mimeType));
}

bool StageColumnModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                    const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> ids;
    const QByteArray encoded = data->data(QString::fromLatin1(mimeType));
    QDataStream stream(encoded);
    stream >> ids;
    bool moved = false;
    for (qint64 id : std::as_const(ids))
        moved = m_applications->moveToStatus(id, m_stage) || moved;
    return moved;
}

} // namespace careerdesk
