#pragma once

#include "Enums.h"
#include "SalaryRange.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace careerdesk {

// A job or gig posting. Postings are shared by every user of a database; a user's relation to
// one is an Application.
struct Opportunity
{
    qint64 id = 0;
    QString title;
    QString company;
    QString description;
    QStringList requirements;
    OpportunityType type = OpportunityType::FullTime;
    QString location;
    bool isRemote = false;
    std::optional<SalaryRange> salaryRange;
    QDateTime postedAt;
    QDateTime expiresAt; // null when open-ended
    OpportunityStatus status = OpportunityStatus::Active;
    QString sourceUrl;
    // The person who added it, whose own it is; 0 when it is published to everyone of the database
    // (by a coach or an administrator). Saving a posting never changes it.
    qint64 ownerId = 0;
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)
};

} // namespace careerdesk
