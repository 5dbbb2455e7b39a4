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
    // A due date is a day: an item is overdue once the day it is due has passed (local time), not while
    // that day lasts.
    bool isOverdue(const QDateTime& now) const
    {
        return isOpen() && dueDate.isValid() && dueDate < overdueBefore(now);
    }
    static QDateTime overdueBefore(const QDateTime& now)
    {
        return now.toLocalTime().date().startOfDay().toUTC();
    }
    // Due on a day (local time), kept as the middle of that day: it stays the same day for whoever reads
    // it a few time zones away (a coach, the person travelling).
    static QDateTime dueOn(const QDate& day)
    {
        return day.isValid() ? QDateTime(day, QTime(12, 0)).toUTC() : QDateTime();
    }
};

} // namespace careerdesk
