#pragma once

#include "OwnedEntityService.h"
#include "domain/Application.h"
#include "domain/ApplicationEvent.h"
#include "store/ApplicationEventRepository.h"
#include "store/ApplicationRepository.h"

namespace careerdesk {

// A user's pipeline ("Manage Gigs"): postings saved or applied to, their status, notes, the resume
// and letter sent, and the dated history of every status change.
class ApplicationService : public OwnedEntityService<ApplicationRepository, Application>
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationService)

public:
    // A stage an application reached, and when: the history an import or the demo brings along.
    struct Stage
    {
        ApplicationStatus status = ApplicationStatus::Saved;
        QDateTime at;
    };
    // A new application as it is stored: its row, and the events of the stages it went through.
    struct NewApplication
    {
        Application application;
        QList<ApplicationEvent> events; // oldest first; their application id is set once the row is stored
    };

    ApplicationService(const Database& database, const Clock& clock, QObject* parent = nullptr);

    Result<QList<Application>> getUserOpportunities(qint64 userId) const { return listFor(userId); }
    Result<Application> getApplication(qint64 userId, qint64 id) const { return getFor(userId, id); }
    // The user's application for the posting, if the posting is in their pipeline.
    Result<std::optional<Application>> getApplicationForOpportunity(qint64 userId, qint64 opportunityId) const
    {
        return m_repository.findByOpportunity(userId, opportunityId);
    }
    // Saving a posting already in the pipeline returns the existing entry unchanged.
    Result<Application> saveOpportunity(qint64 userId, qint64 opportunityId);
    // `coverLetterId` 0 applies without a letter.
    Result<Application> applyToOpportunity(qint64 userId, qint64 opportunityId, qint64 resumeId,
                                           qint64 coverLetterId = 0);
    Result<Application> updateApplicationStatus(qint64 userId, qint64 applicationId,
                                                ApplicationStatus status);
    // Appends to the notes, keeping what was there.
    Result<Application> addOpportunityNotes(qint64 userId, qint64 applicationId, const QString& notes);
    Result<QList<Application>> getOpportunitiesByApplicationStatus(qint64 userId,
                                                                   ApplicationStatus status) const;

    // Adds an entry in any status (keeping a given id, as undo needs), recording its first event.
    Result<Application> createApplication(qint64 userId, const Application& application);
    // Edits that are not status changes: notes, applied date, linked resume and letter.
    Result<Application> updateApplication(qint64 userId, const Application& application);
    Status deleteApplication(qint64 userId, qint64 id) { return deleteFor(userId, id); }
    // Undo: the application as it was before its latest change. The stage change that change
    // recorded is taken back, not recorded again as a new one.
    Result<Application> restoreApplication(qint64 userId, const Application& earlier);
    Result<QList<ApplicationEvent>> getApplicationHistory(qint64 userId, qint64 applicationId) const;
    // The histories of all of a user's applications at once, by application id, oldest first.
    Result<QHash<qint64, QList<ApplicationEvent>>> getApplicationHistories(qint64 userId) const
    {
        return m_events.findByUser(userId);
    }

    // The rules of every new application, wherever it comes from (the window, an import, the demo): it is
    // the user's, created when given or else when it reached its first stage or else now, updated when
    // given or else now. With `stages` (oldest first) it is in the last of them, applied when it reached
    // Applied (unless its applied date is given), and has an event for each. Without, it has one event for
    // its status, dated when the person applied when that is known (an import), else when it was created.
    NewApplication newApplication(qint64 userId, Application application,
                                  const QList<Stage>& stages = {}) const;

    // Many new applications at once (an import, the demo), inside the caller's transaction: the rows and
    // their events written by statements prepared once, under the rules of newApplication(). The caller
    // has checked them (postings stored, none already in the pipeline); nothing is announced, so the
    // caller reloads its views once afterwards.
    class ApplicationWriter
    {
    public:
        explicit ApplicationWriter(const ApplicationService& applications);

        // The new application's id.
        Result<qint64> add(qint64 userId, const Application& application, const QList<Stage>& stages = {});

    private:
        const ApplicationService& m_applications;
        ApplicationRepository::Inserter m_rows;
        ApplicationEventRepository::Inserter m_events;
    };
    ApplicationWriter applicationWriter() const { return ApplicationWriter(*this); }

protected:
    Status validate(const Application& application) const override;

private:
    // Stores a new application (checked, announced) with its first event, in one transaction.
    Result<Application> insertApplication(qint64 userId, const Application& application);
    Result<Application> changeStatus(qint64 userId, Application application, ApplicationStatus status);
    // Moves the application to `status`; reaching Applied without an applied date dates it now.
    void enterStage(Application& application, ApplicationStatus status) const;
    Status recordEvent(qint64 applicationId, std::optional<ApplicationStatus> from, ApplicationStatus to);

    ApplicationEventRepository m_events;
};

} // namespace careerdesk
