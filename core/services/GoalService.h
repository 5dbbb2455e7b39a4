#pragma once

#include "OwnedEntityService.h"
#include "domain/Goal.h"
#include "store/GoalRepository.h"

namespace careerdesk {

class GoalService : public OwnedEntityService<GoalRepository, Goal>
{
    Q_DECLARE_TR_FUNCTIONS(GoalService)

public:
    using OwnedEntityService::OwnedEntityService;

    Result<QList<Goal>> getUserGoals(qint64 userId) const { return listFor(userId); }
    Result<Goal> getGoal(qint64 userId, qint64 id) const { return getFor(userId, id); }
    Result<Goal> createGoal(qint64 userId, const Goal& goal) { return createFor(userId, goal); }
    Result<Goal> updateGoal(qint64 userId, const Goal& goal) { return updateFor(userId, goal); }
    Status deleteGoal(qint64 userId, qint64 id) { return deleteFor(userId, id); }
    Result<QList<Goal>> getGoalsByStatus(qint64 userId, GoalStatus status) const;
    Result<Goal> markGoalComplete(qint64 userId, qint64 id);

protected:
    Status validate(const Goal& goal) const override;
    void applyRules(const Goal* before, Goal& goal) const override;
};

} // namespace careerdesk
