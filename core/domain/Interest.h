#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace careerdesk {

struct Interest
{
    qint64 id = 0;
    qint64 userId = 0;
    QString name;
    QString description;
    InterestCategory category = InterestCategory::Skill;
    Priority priority = Priority::Medium;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)
};

} // namespace careerdesk
