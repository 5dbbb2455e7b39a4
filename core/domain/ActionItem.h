#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace careerdesk {

struct ActionItem
{
    qint64 id = 0;
    qint64 userId = 0;
    QString title;
    QString description;
    ActionItemStatus status = ActionItemStatus::Pending;
    Priority priority = Priority::Medium;
    QDateTime dueDate; // null when none
    QDateTime completedAt;
    qint64 relatedOpportunityId = 0; // 0 when none
    qint64 createdBy = 0;            // who added it for the person (their coach); 0 when they did
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)

    bool isOpen() const
    {
        return status == ActionItemStatus::Pending || status == ActionItemStatus::InProgress;
    }
    bool isOverdue(const QDateTime& now) const { return isOpen() && dueDate.isValid() && dueDate < now; }
    // Due on a day (in local time) is due when that day ends: it is not overdue while the day lasts.
    static QDateTime dueOn(const QDate& day) { return day.isValid() ? day.endOfDay().toUTC() : QDateTime(); }
};

} // namespace careerdesk
