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
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)
};

} // namespace careerdesk
