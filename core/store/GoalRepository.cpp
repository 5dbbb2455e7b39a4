#include "GoalRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString GoalRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("GoalRepository", "Goal %1").arg(id);
}

SqlRow GoalRepository::toRow(const Goal& goal)
{
    return {
        {QStringLiteral("user_id"), goal.userId},
        {QStringLiteral("title"), SqlValues::fromText(goal.title)},
        {QStringLiteral("description"), SqlValues::fromText(goal.description)},
        {QStringLiteral("category"), enumKey(goal.category)},
        {QStringLiteral("status"), enumKey(goal.status)},
        {QStringLiteral("priority"), enumKey(goal.priority)},
        {QStringLiteral("target_date"), SqlValues::fromDate(goal.targetDate)},
        {QStringLiteral("completed_at"), SqlValues::fromDateTime(goal.completedAt)},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(goal.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(goal.updatedAt)},
    };
}

Result<Goal> GoalRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    Goal goal;
    goal.id = read.id();
    goal.userId = read.id("user_id");
    goal.title = read.text("title");
    goal.description = read.text("description");
    goal.category = read.enumValue<GoalCategory>("category");
    goal.status = read.enumValue<GoalStatus>("status");
    goal.priority = read.enumValue<Priority>("priority");
    goal.targetDate = read.date("target_date");
    goal.completedAt = read.time("completed_at");
    goal.createdAt = read.time("created_at");
    goal.updatedAt = read.time("updated_at");
    return read.finish(goal);
}

Result<QList<Goal>> GoalRepository::findByStatus(qint64 userId, GoalStatus status) const
{
    return selectWhere(QStringLiteral("user_id = ? AND status = ?"), {userId, enumKey(status)});
}

} // namespace careerdesk
