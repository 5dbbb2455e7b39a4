#pragma once

#include "Repository.h"
#include "domain/ActionItem.h"

namespace careerdesk {

class ActionItemRepository : public Repository<ActionItemRepository, ActionItem>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("action_items"); }
    static QString orderBy() { return QStringLiteral("due_date IS NULL, due_date, id"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const ActionItem& item);
    static Result<ActionItem> fromRecord(const QSqlRecord& record);

    Result<QList<ActionItem>> findByStatus(qint64 userId, ActionItemStatus status) const;
    // Open items (pending or in progress) due before `now`.
    // Open items due before `before` (the start of the person's day: ActionItem::overdueBefore).
    Result<QList<ActionItem>> findOverdue(qint64 userId, const QDateTime& before) const;
};

} // namespace careerdesk
