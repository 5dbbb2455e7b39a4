#include "PipelineStatistics.h"

#include "services/Workspace.h"

#include <algorithm>

namespace careerdesk {

namespace {

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

bool isAnswer(ApplicationStatus status)
{
    return status != ApplicationStatus::Saved && status != ApplicationStatus::Applied &&
           status != ApplicationStatus::Withdrawn;
}

// When the person applied: the date the application keeps (an import's, or one set by hand), else when it
// reached Applied, else when it reached a later stage without passing through Applied. Invalid when it
// never left Saved (or was withdrawn from it).
QDateTime appliedAt(const Application& application, const QList<ApplicationEvent>& history)
{
    if (application.appliedAt.isValid())
        return application.appliedAt;
    for (const ApplicationEvent& event : history) {
        if (event.toStatus == ApplicationStatus::Applied || isAnswer(event.toStatus))
            return event.at;
    }
    return {};
}

} // namespace

Result<PipelineStatistics> PipelineStatistics::compute(Workspace& workspace, qint64 userId)
{
    auto applications = workspace.applications().getUserOpportunities(userId);
    if (!applications)
        return applications.error();
    auto histories = workspace.applications().getApplicationHistories(userId);
    if (!histories)
        return histories.error();
    PipelineStatistics statistics;
    for (ApplicationStatus stage : enumValues<ApplicationStatus>())
        statistics.perStage.insert(stage, 0);
    const QDate thisWeek = mondayOf(workspace.clock().now().toLocalTime().date());
    for (int week = weeks - 1; week >= 0; --week)
        statistics.appliedPerWeek << qMakePair(thisWeek.addDays(-7 * week), 0);

    for (const Application& application : *applications) {
        ++statistics.perStage[application.applicationStatus];
        const QList<ApplicationEvent> history = histories->value(application.id);
        const QDateTime applied = appliedAt(application, history);
        if (!applied.isValid())
            continue;
        ++statistics.applied;
        const qint64 week =
            statistics.appliedPerWeek.constFirst().first.daysTo(mondayOf(applied.toLocalTime().date())) / 7;
        if (week >= 0 && week < weeks)
            ++statistics.appliedPerWeek[week].second;
        const bool answered =
            isAnswer(application.applicationStatus) ||
            std::any_of(history.cbegin(), history.cend(),
                        [](const ApplicationEvent& event) { return isAnswer(event.toStatus); });
        statistics.answered += answered ? 1 : 0;
    }
    return statistics;
}

} // namespace careerdesk
