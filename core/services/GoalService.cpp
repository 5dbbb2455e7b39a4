#include "GoalService.h"

#include "Validator.h"

namespace careerdesk {

Result<QList<Goal>> GoalService::getGoalsByStatus(qint64 userId, GoalStatus status) const
{
    return m_repository.findByStatus(userId, status);
}

Result<Goal> GoalService::markGoalComplete(qint64 userId, qint64 id)
{
    auto goal = getFor(userId, id);
    if (!goal)
        return goal;
    goal.value().status = GoalStatus::Completed;
    return updateFor(userId, goal.value());
}

Status GoalService::validate(const Goal& goal) const
{
    const QDate earliest(1900, 1, 1);
    const QDate latest(2200, 12, 31);
    return Validator()
        .required(tr("Title"), goal.title)
        .maxLength(tr("Title"), goal.title)
        .maxLength(tr("Description"), goal.description, Validator::longTextLimit)
        .check(goal.targetDate.isNull() || (goal.targetDate >= earliest && goal.targetDate <= latest),
               tr("Target date %1 is outside 1900–2200").arg(goal.targetDate.toString(Qt::ISODate)))
        .status();
}

void GoalService::applyRules(const Goal* before, Goal& goal) const
{
    goal.completedAt = completionTime(goal.status == GoalStatus::Completed,
                                      before ? before->completedAt : QDateTime(), goal.completedAt);
}

} // namespace careerdesk
