#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace careerdesk {

struct Goal
{
    qint64 id = 0;
    qint64 userId = 0;
    QString title;
    QString description;
    GoalCategory category = GoalCategory::Career;
    GoalStatus status = GoalStatus::NotStarted;
    Priority priority = Priority::Medium;
    QDate targetDate; // null when none
    QDateTime completedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace careerdesk
