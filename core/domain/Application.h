#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace careerdesk {

// A user's application (or saved interest) in one posting: the seed's UserOpportunity, stored in
// the table applications; its service keeps the seed's operation names (getUserOpportunities, …).
struct Application
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 opportunityId = 0;
    ApplicationStatus applicationStatus = ApplicationStatus::Saved;
    QDateTime appliedAt;
    QString notes;
    qint64 coverLetterId = 0; // 0 when none
    qint64 resumeId = 0;      // 0 when none
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // the row_version it was read at; 0 for a new row (a save then checks nothing)
};

} // namespace careerdesk
