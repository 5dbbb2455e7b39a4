#include "GoalProgress.h"

#include "services/Workspace.h"

namespace careerdesk {

int GoalProgress::total() const
{
    int sum = 0;
    for (const Counts& counts : perCategory)
        sum += counts.total();
    return sum;
}

int GoalProgress::count(GoalStatus status) const
{
    int sum = 0;
    for (const Counts& counts : perCategory) {
        sum += status == GoalStatus::Completed    ? counts.completed
               : status == GoalStatus::InProgress ? counts.inProgress
                                                  : counts.notStarted;
    }
    return sum;
}

Result<GoalProgress> GoalProgress::compute(Workspace& workspace, qint64 userId)
{
    auto goals = workspace.goals().getUserGoals(userId);
    if (!goals)
        return goals.error();
    GoalProgress progress;
    for (GoalCategory category : enumValues<GoalCategory>())
        progress.perCategory.insert(category, {});
    for (const Goal& goal : *goals) {
        Counts& counts = progress.perCategory[goal.category];
        switch (goal.status) {
        case GoalStatus::Completed:
            ++counts.completed;
            break;
        case GoalStatus::InProgress:
            ++counts.inProgress;
            break;
        case GoalStatus::NotStarted:
        case GoalStatus::Paused:
            ++counts.notStarted;
            break;
        case GoalStatus::Cancelled:
            break;
        }
    }
    return progress;
}

} // namespace careerdesk
