#pragma once

#include "OwnedEntityService.h"
#include "domain/ActionItem.h"
#include "store/ActionItemRepository.h"

namespace careerdesk {

class ActionItemService : public OwnedEntityService<ActionItemRepository, ActionItem>
{
    Q_DECLARE_TR_FUNCTIONS(ActionItemService)

public:
    using OwnedEntityService::OwnedEntityService;

    Result<QList<ActionItem>> getUserActionItems(qint64 userId) const { return listFor(userId); }
    Result<ActionItem> getActionItem(qint64 userId, qint64 id) const { return getFor(userId, id); }
    Result<ActionItem> createActionItem(qint64 userId, const ActionItem& item)
    {
        return createFor(userId, item);
    }
    Result<ActionItem> updateActionItem(qint64 userId, const ActionItem& item)
    {
        return updateFor(userId, item);
    }
    Status deleteActionItem(qint64 userId, qint64 id) { return deleteFor(userId, id); }
    Result<QList<ActionItem>> getActionItemsByStatus(qint64 userId, ActionItemStatus status) const;
    // Pending or in progress, and due before now.
    Result<QList<ActionItem>> getOverdueActionItems(qint64 userId) const;
    Result<ActionItem> markActionItemComplete(qint64 userId, qint64 id);

protected:
    Status validate(const ActionItem& item) const override;
    void applyRules(const ActionItem* before, ActionItem& item) const override;
};

} // namespace careerdesk
