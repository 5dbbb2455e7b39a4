#pragma once

#include "domain/ActionItem.h"
#include "domain/Application.h"
#include "domain/Opportunity.h"
#include "domain/Result.h"
#include "services/RowRefs.h"

#include <QCoreApplication>

namespace careerdesk {

class Workspace;

// Advice about a person's pipeline that no single service can give: postings that look like one
// already in it, and applications that have waited long enough for a follow-up.
class PipelineAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(PipelineAdvisor)

public:
    static constexpr int defaultFollowUpDays = 7;

    struct Entry
    {
        Application application;
        Opportunity posting;
    };

    explicit PipelineAdvisor(Workspace& workspace);

    // Applications whose posting has the same link, or the same company and a similar title
    // (at least half of the title words shared, ignoring case and plurals); not the posting itself.
    Result<QList<Entry>> similarInPipeline(qint64 userId, const Opportunity& posting) const;
    static bool titlesAreSimilar(const QString& first, const QString& second);

    // Applications in `stage` with no change for `days` days and no open action item about them.
    Result<QList<Entry>> followUpsDue(qint64 userId, ApplicationStatus stage = ApplicationStatus::Applied,
                                      int days = defaultFollowUpDays) const;
    struct FollowUp
    {
        ActionItem actionItem;
        qint64 emailId = 0; // the draft, when one was asked for
        RowRefs added;      // both rows, for undo
    };
    // A "Follow up" action item due today, linked to the posting; with `draftEmail`, a FOLLOW_UP
    // intro email draft too. One transaction.
    Result<FollowUp> createFollowUp(qint64 userId, qint64 applicationId, bool draftEmail);

private:
    Workspace& m_workspace;
};

} // namespace careerdesk
