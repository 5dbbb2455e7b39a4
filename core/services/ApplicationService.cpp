#include "ApplicationService.h"

#include "Validator.h"
#include "store/CoverLetterRepository.h"
#include "store/OpportunityRepository.h"
#include "store/ResumeRepository.h"
#include "store/Transaction.h"

namespace careerdesk {

ApplicationService::ApplicationService(const Database& database, const Clock& clock, QObject* parent)
    : OwnedEntityService(database, clock, parent)
    , m_events(database)
{}

Status ApplicationService::validate(const Application& application) const
{
    Validator validator;
    validator.merge(OpportunityRepository(database()).exists(application.opportunityId))
        .maxLength(tr("Notes"), application.notes, Validator::longTextLimit);
    if (application.resumeId > 0)
        validator.merge(ResumeRepository(database()).get(application.resumeId, application.userId));
    if (application.coverLetterId > 0)
        validator.merge(CoverLetterRepository(database()).get(application.coverLetterId, application.userId));
    return validator.status();
}

Status ApplicationService::recordEvent(qint64 applicationId, std::optional<ApplicationStatus> from,
                                       ApplicationStatus to)
{
    ApplicationEvent event;
    event.applicationId = applicationId;
    event.fromStatus = from;
    event.toStatus = to;
    event.at = now();
    auto inserted = m_events.insert(event);
    if (!inserted)
        return inserted.error();
    return {};
}

void ApplicationService::enterStage(Application& application, ApplicationStatus status) const
{
    application.applicationStatus = status;
    if (status == ApplicationStatus::Applied && !application.appliedAt.isValid())
        application.appliedAt = now();
}

ApplicationService::NewApplication ApplicationService::newApplication(qint64 userId, Application application,
                                                                      const QList<Stage>& stages) const
{
    const QDateTime current = now();
    application.userId = userId;
    if (!stages.isEmpty()) {
        application.applicationStatus = stages.constLast().status;
        if (!application.createdAt.isValid())
            application.createdAt = stages.constFirst().at;
    }
    if (!application.createdAt.isValid())
        application.createdAt = current;
    if (!application.updatedAt.isValid())
        application.updatedAt = current;
    // The first stage is dated when the person applied, where known, so the weekly chart counts it there.
    const QList<Stage> path =
        !stages.isEmpty()
            ? stages
            : QList<Stage>{{application.applicationStatus,
                            application.appliedAt.isValid() ? application.appliedAt : application.createdAt}};
    NewApplication made{application, {}};
    std::optional<ApplicationStatus> from;
    for (const Stage& stage : path) {
        if (stage.status == ApplicationStatus::Applied && !made.application.appliedAt.isValid())
            made.application.appliedAt = stage.at;
        made.events << ApplicationEvent{0, 0, from, stage.status, stage.at};
        from = stage.status;
    }
    return made;
}

ApplicationService::ApplicationWriter::ApplicationWriter(const ApplicationService& applications)
    : m_applications(applications)
    , m_rows(applications.m_repository)
    , m_events(applications.m_events)
{}

Result<qint64> ApplicationService::ApplicationWriter::add(qint64 userId, const Application& application,
                                                          const QList<Stage>& stages)
{
    NewApplication made = m_applications.newApplication(userId, application, stages);
    auto inserted = m_rows.insert(made.application);
    if (!inserted)
        return inserted;
    for (ApplicationEvent& event : made.events) {
        event.applicationId = inserted.value();
        if (auto recorded = m_events.insert(event); !recorded)
            return recorded.error();
    }
    return inserted;
}

Result<Application> ApplicationService::saveOpportunity(qint64 userId, qint64 opportunityId)
{
    auto existing = m_repository.findByOpportunity(userId, opportunityId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();

    Application application;
    application.opportunityId = opportunityId;
    application.applicationStatus = ApplicationStatus::Saved;
    return createApplication(userId, application);
}

Result<Application> ApplicationService::createApplication(qint64 userId, const Application& application)
{
    auto existing = m_repository.findByOpportunity(userId, application.opportunityId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{
            tr("This opportunity is already in your pipeline (application %1)").arg(existing.value()->id)};
    return insertApplication(userId, application);
}

Result<Application> ApplicationService::insertApplication(qint64 userId, const Application& application)
{
    Transaction transaction(database().connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    NewApplication made = newApplication(userId, application);
    auto created = createFor(userId, made.application);
    if (!created)
        return created;
    for (ApplicationEvent& event : made.events) {
        event.applicationId = created->id;
        if (auto recorded = m_events.insert(event); !recorded)
            return recorded.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

Result<Application> ApplicationService::applyToOpportunity(qint64 userId, qint64 opportunityId,
                                                           qint64 resumeId, qint64 coverLetterId)
{
    if (resumeId <= 0)
        return Error{tr("Choose the resume you applied with")};
    auto existing = m_repository.findByOpportunity(userId, opportunityId);
    if (!existing)
        return existing.error();

    Application application = existing.value().value_or(Application{});
    const ApplicationStatus before = application.applicationStatus;
    application.opportunityId = opportunityId;
    application.resumeId = resumeId;
    application.coverLetterId = coverLetterId;
    enterStage(application, ApplicationStatus::Applied);
    if (!existing.value())
        return insertApplication(userId, application);
    Transaction transaction(database().connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    auto written = updateFor(userId, application);
    if (!written)
        return written;
    if (before != ApplicationStatus::Applied) {
        if (Status recorded = recordEvent(written->id, before, ApplicationStatus::Applied); !recorded)
            return recorded.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return written;
}

Result<Application> ApplicationService::changeStatus(qint64 userId, Application application,
                                                     ApplicationStatus status)
{
    const ApplicationStatus before = application.applicationStatus;
    if (before == status)
        return application;
    Transaction transaction(database().connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    enterStage(application, status);
    auto updated = updateFor(userId, application);
    if (!updated)
        return updated;
    if (Status recorded = recordEvent(application.id, before, status); !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return updated;
}

Result<Application> ApplicationService::updateApplicationStatus(qint64 userId, qint64 applicationId,
                                                                ApplicationStatus status)
{
    auto application = getFor(userId, applicationId);
    if (!application)
        return application;
    return changeStatus(userId, application.value(), status);
}

Result<Application> ApplicationService::addOpportunityNotes(qint64 userId, qint64 applicationId,
                                                            const QString& notes)
{
    if (notes.trimmed().isEmpty())
        return Error{tr("The note is empty")};
    auto application = getFor(userId, applicationId);
    if (!application)
        return application;
    QString& stored = application.value().notes;
    stored = stored.isEmpty() ? notes : stored + QStringLiteral("\n\n") + notes;
    return updateFor(userId, application.value());
}

Result<QList<Application>>
ApplicationService::getOpportunitiesByApplicationStatus(qint64 userId, ApplicationStatus status) const
{
    return m_repository.findByStatus(userId, status);
}

Result<Application> ApplicationService::updateApplication(qint64 userId, const Application& application)
{
    auto stored = getFor(userId, application.id);
    if (!stored)
        return stored;
    Application edited = application;
    edited.opportunityId = stored->opportunityId;
    edited.applicationStatus = stored->applicationStatus;
    if (application.applicationStatus == stored->applicationStatus)
        return updateFor(userId, edited);
    // A status edit goes through the same path as updateApplicationStatus, so that it is recorded;
    // the other fields are written with it, in the same transaction.
    return changeStatus(userId, edited, application.applicationStatus);
}

Result<Application> ApplicationService::restoreApplication(qint64 userId, const Application& earlier)
{
    auto stored = getFor(userId, earlier.id);
    if (!stored)
        return stored;
    Transaction transaction(database().connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    if (stored->applicationStatus != earlier.applicationStatus) {
        auto events = m_events.findByApplication(earlier.id);
        if (!events)
            return events.error();
        const bool lastIsThisChange = !events->isEmpty() &&
                                      events->constLast().toStatus == stored->applicationStatus &&
                                      events->constLast().fromStatus == earlier.applicationStatus;
        if (lastIsThisChange) {
            if (Status removed = m_events.remove(events->constLast().id); !removed)
                return removed.error();
        }
    }
    Application restored = earlier;
    restored.opportunityId = stored->opportunityId;
    auto written = updateFor(userId, restored);
    if (!written)
        return written;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return written;
}

Result<QList<ApplicationEvent>> ApplicationService::getApplicationHistory(qint64 userId,
                                                                          qint64 applicationId) const
{
    if (auto application = getFor(userId, applicationId); !application)
        return application.error();
    return m_events.findByApplication(applicationId);
}

} // namespace careerdesk
