#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace careerdesk {

class Workspace;

// A coach's clients at a glance: for each, where their applications stand, when they last did anything,
// what is overdue, how far their goals are, and how often they reflected this month. Read with the
// coach's own rights (on a server, the policies let a coach read their clients' rows).
class Caseload
{
    Q_DECLARE_TR_FUNCTIONS(Caseload)

public:
    struct Client
    {
        User person;
        QMap<ApplicationStatus, int> applicationsPerStage;
        QDateTime lastActivity; // invalid when they have done nothing yet
        int overdueActionItems = 0;
        int goalsCompleted = 0;
        int goalsCounted = 0; // every goal but the cancelled ones
        int promptsAnsweredThisMonth = 0;

        int applications() const;
        int activeApplications() const; // not yet rejected, withdrawn or accepted
    };

    static Result<QList<Client>> of(Workspace& workspace, qint64 coachId);
    static Result<Client> summarise(Workspace& workspace, const User& person);
};

} // namespace careerdesk
