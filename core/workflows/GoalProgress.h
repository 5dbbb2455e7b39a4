#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QMap>

namespace careerdesk {

class Workspace;

// How far a person's goals have come, per category, for the dashboard. Cancelled goals are left out:
// they are neither progress nor work ahead.
struct GoalProgress
{
    struct Counts
    {
        int completed = 0;
        int inProgress = 0;
        int notStarted = 0; // also the paused ones: work ahead that is not moving

        int total() const { return completed + inProgress + notStarted; }
    };

    QMap<GoalCategory, Counts> perCategory; // every category, in the enum's order
    int total() const;
    int
    count(GoalStatus status) const; // Completed, InProgress, or NotStarted (with Paused) over all categories

    static Result<GoalProgress> compute(Workspace& workspace, qint64 userId);
};

} // namespace careerdesk
