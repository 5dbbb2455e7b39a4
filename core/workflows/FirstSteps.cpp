#include "FirstSteps.h"

#include "services/Workspace.h"

namespace careerdesk {

bool FirstSteps::isDone(Step step) const
{
    switch (step) {
    case Step::Profile:
        return profile;
    case Step::Resume:
        return resume;
    case Step::Posting:
        return posting;
    case Step::Goal:
        return goal;
    case Step::Reflection:
        return reflection;
    }
    return false;
}

int FirstSteps::doneCount() const
{
    return int(std::count_if(std::begin(all), std::end(all), [this](Step step) { return isDone(step); }));
}

Result<FirstSteps> FirstSteps::compute(Workspace& workspace, qint64 userId)
{
    FirstSteps steps;
    auto user = workspace.users().getUser(userId);
    if (!user)
        return user.error();
    steps.profile = !user->firstName.trimmed().isEmpty() && !user->lastName.trimmed().isEmpty() &&
                    !user->email.trimmed().isEmpty();
    auto resumes = workspace.resumes().getUserResumes(userId);
    if (!resumes)
        return resumes.error();
    steps.resume = !resumes->isEmpty();
    OpportunitySearchCriteria anyPosting;
    anyPosting.status.reset();
    anyPosting.viewerId = userId;
    auto postings = workspace.opportunities().countOpportunities(anyPosting, 1);
    if (!postings)
        return postings.error();
    steps.posting = *postings > 0;
    auto goals = workspace.goals().getUserGoals(userId);
    if (!goals)
        return goals.error();
    steps.goal = !goals->isEmpty();
    auto answers = workspace.prompts().countAnswersSince(userId, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    if (!answers)
        return answers.error();
    steps.reflection = *answers > 0;
    return steps;
}

} // namespace careerdesk
