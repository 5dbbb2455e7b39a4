#include "ActionItemModel.h"

namespace careerdesk {

ActionItemModel::ActionItemModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.actionItems(), parent)
{
    setColumns({
        column(tr("Title"), EditorKind::Text),
        column(tr("Status"), EditorKind::Choice, Editable, choicesOf<ActionItemStatus>()),
        column(tr("Priority"), EditorKind::Choice, Editable, choicesOf<careerdesk::Priority>()),
        column(tr("Due"), EditorKind::Date),
        column(tr("Opportunity"), EditorKind::Choice),
        column(tr("Completed"), EditorKind::DateTime, ReadOnly),
        column(tr("Added by"), EditorKind::Text, ReadOnly),
        column(tr("Description"), EditorKind::LongText, FormOnly),
    });
}

QString ActionItemModel::itemName(int row) const
{
    return tr("action item “%1”").arg(entityAt(row).title);
}

bool ActionItemModel::canChange(int row) const
{
    return EntityTableModel::canChange(row) && (addedBy() == 0 || entityAt(row).createdBy == addedBy());
}

bool ActionItemModel::markComplete(int row)
{
    ActionItem done = entityAt(row);
    if (!canChange(row) || done.status == ActionItemStatus::Completed)
        return false;
    done.status = ActionItemStatus::Completed;
    return replace(entityAt(row), done, tr("Mark %1 complete").arg(itemName(row)));
}

int ActionItemModel::overdueCount() const
{
    int count = 0;
    for (const ActionItem& item : m_rows)
        count += needsAttention(item) ? 1 : 0;
    return count;
}

bool ActionItemModel::needsAttention(const ActionItem& item) const
{
    return item.isOverdue(m_workspace.clock().now());
}

Result<QList<ActionItem>> ActionItemModel::load() const
{
    return m_workspace.actionItems().getUserActionItems(m_userId);
}

Result<ActionItem> ActionItemModel::fetch(qint64 id) const
{
    return m_workspace.actionItems().getActionItem(m_userId, id);
}

QVariant ActionItemModel::value(const ActionItem& item, int column) const
{
    switch (column) {
    case Title:
        return item.title;
    case Status:
        return enumKey(item.status);
    case Priority:
        return enumKey(item.priority);
    case DueDate:
        return dayOf(item.dueDate);
    case Opportunity:
        return QString::number(item.relatedOpportunityId);
    case CompletedAt:
        return item.completedAt;
    case AddedBy:
        return personName(item.createdBy);
    case Description:
        return item.description;
    default:
        return {};
    }
}

bool ActionItemModel::assign(ActionItem& item, int column, const QVariant& value) const
{
    switch (column) {
    case Title:
        item.title = value.toString();
        return true;
    case Status:
        return assignEnum(item.status, value);
    case Priority:
        return assignEnum(item.priority, value);
    case DueDate:
        item.dueDate = ActionItem::dueOn(value.toDate());
        return true;
    case Description:
        item.description = value.toString();
        return true;
    case Opportunity:
        item.relatedOpportunityId = value.toLongLong();
        return true;
    default:
        return false;
    }
}

ActionItem ActionItemModel::blank() const
{
    ActionItem item;
    item.title = tr("New action item");
    item.createdBy = addedBy();
    // Due a week from today, a default people rarely need to change much.
    item.dueDate = ActionItem::dueOn(m_workspace.clock().now().toLocalTime().date().addDays(7));
    return item;
}

Result<ActionItem> ActionItemModel::create(const ActionItem& item)
{
    return m_workspace.actionItems().createActionItem(m_userId, item);
}

Result<ActionItem> ActionItemModel::save(const ActionItem& item)
{
    return m_workspace.actionItems().updateActionItem(m_userId, item);
}

Status ActionItemModel::erase(qint64 id)
{
    return m_workspace.actionItems().deleteActionItem(m_userId, id);
}

} // namespace careerdesk
