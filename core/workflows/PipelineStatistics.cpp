#include "PipelineStatistics.h"

#include "services/Workspace.h"

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
        bool applied = false;
        bool answered = false;
        for (const ApplicationEvent& event : history) {
            if (event.toStatus == ApplicationStatus::Applied && !applied) {
                applied = true;
                const qint64 week = statistics.appliedPerWeek.constFirst().first.daysTo(
                                        mondayOf(event.at.toLocalTime().date())) /
                                    7;
                if (week >= 0 && week < weeks)
                    ++statistics.appliedPerWeek[week].second;
            } else if (applied && isAnswer(event.toStatus)) {
                answered = true;
            }
        }
        statistics.applied += applied ? 1 : 0;
        statistics.answered += answered ? 1 : 0;
    }
    return statistics;
}

} // namespace careerdesk
