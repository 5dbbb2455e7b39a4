#pragma once

#include "OwnedEntityService.h"
#include "domain/ApplicationEvent.h"
#include "domain/UserOpportunity.h"
#include "store/ApplicationEventRepository.h"
#include "store/UserOpportunityRepository.h"

namespace careerdesk {

// A user's pipeline ("Manage Gigs"): postings saved or applied to, their status, notes, the resume
// and letter sent, and the dated history of every status change.
class OpportunityManagementService : public OwnedEntityService<UserOpportunityRepository, UserOpportunity>
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityManagementService)

public:
    OpportunityManagementService(const Database& database, const Clock& clock, QObject* parent = nullptr);

    Result<QList<UserOpportunity>> getUserOpportunities(qint64 userId) const { return listFor(userId); }
    Result<UserOpportunity> getUserOpportunity(qint64 userId, qint64 id) const { return getFor(userId, id); }
    // The user's application for the posting, if the posting is in their pipeline.
    Result<std::optional<UserOpportunity>> getApplicationForOpportunity(qint64 userId,
                                                                        qint64 opportunityId) const
    {
        return m_repository.findByOpportunity(userId, opportunityId);
    }
    // Saving a posting already in the pipeline returns the existing entry unchanged.
    Result<UserOpportunity> saveOpportunity(qint64 userId, qint64 opportunityId);
    // `coverLetterId` 0 applies without a letter.
    Result<UserOpportunity> applyToOpportunity(qint64 userId, qint64 opportunityId, qint64 resumeId,
                                               qint64 coverLetterId = 0);
    Result<UserOpportunity> updateApplicationStatus(qint64 userId, qint64 userOpportunityId,
                                                    ApplicationStatus status);
    // Appends to the notes, keeping what was there.
    Result<UserOpportunity> addOpportunityNotes(qint64 userId, qint64 userOpportunityId,
                                                const QString& notes);
    Result<QList<UserOpportunity>> getOpportunitiesByApplicationStatus(qint64 userId,
                                                                       ApplicationStatus status) const;

    // Adds an entry in any status (keeping a given id, as undo needs), recording its first event.
    Result<UserOpportunity> createUserOpportunity(qint64 userId, const UserOpportunity& application);
    // Edits that are not status changes: notes, applied date, linked resume and letter.
    Result<UserOpportunity> updateUserOpportunity(qint64 userId, const UserOpportunity& application);
    Status deleteUserOpportunity(qint64 userId, qint64 id) { return deleteFor(userId, id); }
    // Undo: the application as it was before its latest change. The stage change that change
    // recorded is taken back, not recorded again as a new one.
    Result<UserOpportunity> restoreUserOpportunity(qint64 userId, const UserOpportunity& earlier);
    Result<QList<ApplicationEvent>> getApplicationHistory(qint64 userId, qint64 userOpportunityId) const;
    // The histories of all of a user's applications at once, by application id, oldest first.
    Result<QHash<qint64, QList<ApplicationEvent>>> getApplicationHistories(qint64 userId) const
    {
        return m_events.findByUser(userId);
    }

protected:
    Status validate(const UserOpportunity& application) const override;

private:
    Result<UserOpportunity> changeStatus(qint64 userId, UserOpportunity application,
                                         ApplicationStatus status);
    Status recordEvent(qint64 userOpportunityId, std::optional<ApplicationStatus> from, ApplicationStatus to);

    ApplicationEventRepository m_events;
};

} // namespace careerdesk
