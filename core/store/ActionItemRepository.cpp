#include "ActionItemRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString ActionItemRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("ActionItemRepository", "Action item %1").arg(id);
}

SqlRow ActionItemRepository::toRow(const ActionItem& item)
{
    return {
        {QStringLiteral("user_id"), item.userId},
        {QStringLiteral("title"), SqlValues::fromText(item.title)},
        {QStringLiteral("description"), SqlValues::fromText(item.description)},
        {QStringLiteral("status"), enumKey(item.status)},
        {QStringLiteral("priority"), enumKey(item.priority)},
        {QStringLiteral("due_date"), SqlValues::fromDateTime(item.dueDate)},
        {QStringLiteral("completed_at"), SqlValues::fromDateTime(item.completedAt)},
        {QStringLiteral("related_opportunity_id"), SqlValues::fromId(item.relatedOpportunityId)},
        {QStringLiteral("created_by"), SqlValues::fromId(item.createdBy)},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(item.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(item.updatedAt)},
    };
}

Result<ActionItem> ActionItemRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    ActionItem item;
    item.id = read.id();
    item.userId = read.id("user_id");
    item.title = read.text("title");
    item.description = read.text("description");
    item.status = read.enumValue<ActionItemStatus>("status");
    item.priority = read.enumValue<Priority>("priority");
    item.dueDate = read.time("due_date");
    item.completedAt = read.time("completed_at");
    item.relatedOpportunityId = read.id("related_opportunity_id");
    item.createdBy = read.id("created_by");
    item.createdAt = read.time("created_at");
    item.updatedAt = read.time("updated_at");
    return read.finish(item);
}

Result<QList<ActionItem>> ActionItemRepository::findByStatus(qint64 userId, ActionItemStatus status) const
{
    return selectWhere(QStringLiteral("user_id = ? AND status = ?"), {userId, enumKey(status)});
}

Result<QList<ActionItem>> ActionItemRepository::findOverdue(qint64 userId, const QDateTime& before) const
{
    return selectWhere(
        QStringLiteral("user_id = ? AND due_date IS NOT NULL AND due_date < ? AND status IN (?, ?)"),
        {userId, SqlValues::fromDateTime(before), enumKey(ActionItemStatus::Pending),
         enumKey(ActionItemStatus::InProgress)});
}

} // namespace careerdesk
