#include "ActionItemService.h"

#include "Validator.h"
#include "store/OpportunityRepository.h"

namespace careerdesk {

Result<QList<ActionItem>> ActionItemService::getActionItemsByStatus(qint64 userId,
                                                                    ActionItemStatus status) const
{
    return m_repository.findByStatus(userId, status);
}

Result<QList<ActionItem>> ActionItemService::getOverdueActionItems(qint64 userId) const
{
    return m_repository.findOverdue(userId, ActionItem::overdueBefore(now()));
}

Result<ActionItem> ActionItemService::markActionItemComplete(qint64 userId, qint64 id)
{
    auto item = getFor(userId, id);
    if (!item)
        return item;
    item.value().status = ActionItemStatus::Completed;
    return updateFor(userId, item.value());
}

Status ActionItemService::validate(const ActionItem& item) const
{
    Validator validator;
    validator.required(tr("Title"), item.title)
        .maxLength(tr("Title"), item.title)
        .maxLength(tr("Description"), item.description, Validator::longTextLimit);
    if (item.relatedOpportunityId > 0)
        validator.merge(OpportunityRepository(database()).exists(item.relatedOpportunityId));
    return validator.status();
}

void ActionItemService::applyRules(const ActionItem* before, ActionItem& item) const
{
    item.completedAt = completionTime(item.status == ActionItemStatus::Completed,
                                      before ? before->completedAt : QDateTime(), item.completedAt);
}

} // namespace careerdesk
