#include "Caseload.h"

#include "services/Workspace.h"

namespace careerdesk {

namespace {

void noteActivity(QDateTime& latest, const QDateTime& time)
{
    if (time.isValid() && (!latest.isValid() || time > latest))
        latest = time;
}

bool isActive(ApplicationStatus status)
{
    return status != ApplicationStatus::Rejected && status != ApplicationStatus::Withdrawn &&
           status != ApplicationStatus::Accepted;
}

} // namespace

int Caseload::Client::applications() const
{
    int count = 0;
    for (int perStage : applicationsPerStage)
        count += perStage;
    return count;
}

int Caseload::Client::activeApplications() const
{
    int count = 0;
    for (auto stage = applicationsPerStage.cbegin(); stage != applicationsPerStage.cend(); ++stage) {
        if (isActive(stage.key()))
            count += stage.value();
    }
    return count;
}

Result<QList<Caseload::Client>> Caseload::of(Workspace& workspace, qint64 coachId)
{
    auto people = workspace.users().clientsOf(coachId);
    if (!people)
        return people.error();
    QList<Client> clients;
    for (const User& person : *people) {
        auto client = summarise(workspace, person);
        if (!client)
            return client.error();
        clients << client.value();
    }
    return clients;
}

Result<Caseload::Client> Caseload::summarise(Workspace& workspace, const User& person)
{
    const QDateTime now = workspace.clock().now();
    Client client;
    client.person = person;
    auto applications = workspace.applications().getUserOpportunities(person.id);
    if (!applications)
        return applications.error();
    for (const Application& application : *applications) {
        ++client.applicationsPerStage[application.applicationStatus];
        noteActivity(client.lastActivity, application.updatedAt);
    }
    auto items = workspace.actionItems().getUserActionItems(person.id);
    if (!items)
        return items.error();
    for (const ActionItem& item : *items) {
        if (item.isOverdue(now))
            ++client.overdueActionItems;
        noteActivity(client.lastActivity, item.updatedAt);
    }
    auto goals = workspace.goals().getUserGoals(person.id);
    if (!goals)
        return goals.error();
    for (const Goal& goal : *goals) {
        if (goal.status == GoalStatus::Cancelled)
            continue;
        ++client.goalsCounted;
        if (goal.status == GoalStatus::Completed)
            ++client.goalsCompleted;
        noteActivity(client.lastActivity, goal.updatedAt);
    }
    const QDate today = now.toLocalTime().date();
    const QDateTime monthStart(QDate(today.year(), today.month(), 1), QTime(0, 0));
    auto answered = workspace.prompts().countAnswersSince(person.id, monthStart.toUTC());
    if (!answered)
        return answered.error();
    client.promptsAnsweredThisMonth = answered.value();
    return client;
}

} // namespace careerdesk
