#include "PipelineAdvisor.h"

#include "DocumentGeneration.h"
#include "documents/RequirementMatcher.h"
#include "services/Workspace.h"

#include <QSet>

namespace careerdesk {

namespace {

QString companyKey(const QString& company)
{
    return company.simplified().toCaseFolded();
}

} // namespace

PipelineAdvisor::PipelineAdvisor(Workspace& workspace)
    : m_workspace(workspace)
{}

bool PipelineAdvisor::titlesAreSimilar(const QString& first, const QString& second)
{
    const QStringList a = RequirementMatcher::words(first);
    const QStringList b = RequirementMatcher::words(second);
    const QSet<QString> left(a.begin(), a.end());
    const QSet<QString> right(b.begin(), b.end());
    if (left.isEmpty() || right.isEmpty())
        return false;
    const auto shared = QSet<QString>(left).intersect(right).size();
    const auto all = QSet<QString>(left).unite(right).size();
    return shared * 2 >= all;
}

Result<QList<PipelineAdvisor::Entry>> PipelineAdvisor::similarInPipeline(qint64 userId,
                                                                         const Opportunity& posting) const
{
    auto applications = m_workspace.applications().getUserOpportunities(userId);
    if (!applications)
        return applications.error();
    QList<Entry> similar;
    for (const Application& application : *applications) {
        if (application.opportunityId == posting.id)
            continue;
        auto other = m_workspace.opportunities().getOpportunityById(application.opportunityId);
        if (!other)
            return other.error();
        if (!other->has_value())
            continue;
        const Opportunity& candidate = other->value();
        const bool sameLink = !posting.sourceUrl.trimmed().isEmpty() &&
                              candidate.sourceUrl.trimmed() == posting.sourceUrl.trimmed();
        const bool sameRole = companyKey(candidate.company) == companyKey(posting.company) &&
                              titlesAreSimilar(candidate.title, posting.title);
        if (sameLink || sameRole)
            similar << Entry{application, candidate};
    }
    return similar;
}

Result<QList<PipelineAdvisor::Entry>> PipelineAdvisor::followUpsDue(qint64 userId, ApplicationStatus stage,
                                                                    int days) const
{
    auto applications = m_workspace.applications().getUserOpportunities(userId);
    if (!applications)
        return applications.error();
    auto items = m_workspace.actionItems().getUserActionItems(userId);
    if (!items)
        return items.error();
    auto histories = m_workspace.applications().getApplicationHistories(userId);
    if (!histories)
        return histories.error();
    QSet<qint64> followedUp; // postings with an open action item
    for (const ActionItem& item : *items) {
        if (item.isOpen() && item.relatedOpportunityId > 0)
            followedUp.insert(item.relatedOpportunityId);
    }
    const QDateTime now = m_workspace.clock().now();
    QList<Entry> due;
    for (const Application& application : *applications) {
        if (application.applicationStatus != stage || followedUp.contains(application.opportunityId))
            continue;
        const QList<ApplicationEvent> history = histories->value(application.id);
        const QDateTime since = history.isEmpty() ? application.updatedAt : history.constLast().at;
        if (since.addDays(days) > now)
            continue;
        auto posting = m_workspace.opportunities().getOpportunityById(application.opportunityId);
        if (!posting)
            return posting.error();
        due << Entry{application, posting->value_or(Opportunity{})};
    }
    return due;
}

Result<PipelineAdvisor::FollowUp> PipelineAdvisor::createFollowUp(qint64 userId, qint64 applicationId,
                                                                  bool draftEmail)
{
    auto application = m_workspace.applications().getApplication(userId, applicationId);
    if (!application)
        return application.error();
    auto posting = m_workspace.opportunities().getOpportunityById(application->opportunityId);
    if (!posting)
        return posting.error();
    const Opportunity opportunity = posting->value_or(Opportunity{});
    ActionItem item;
    item.title = tr("Follow up with %1 about %2").arg(opportunity.company, opportunity.title);
    item.description = tr("No news since you reached “%1”. A short, friendly note keeps you in mind.")
                           .arg(enumLabel(application->applicationStatus));
    item.priority = Priority::High;
    item.dueDate = ActionItem::dueOn(m_workspace.clock().now().toLocalTime().date());
    item.relatedOpportunityId = application->opportunityId;
    return m_workspace.inTransaction([&]() -> Result<FollowUp> {
        auto created = m_workspace.actionItems().createActionItem(userId, item);
        if (!created)
            return created.error();
        FollowUp followUp;
        followUp.actionItem = created.value();
        followUp.added.append({m_workspace.actionItems().table(), created->id});
        if (draftEmail) {
            auto email = DocumentGeneration::generateIntroEmail(m_workspace, userId, EmailPurpose::FollowUp,
                                                                application->opportunityId);
            if (!email)
                return email.error();
            followUp.emailId = email->id;
            followUp.added.append({m_workspace.introEmails().table(), email->id});
        }
        return followUp;
    });
}

} // namespace careerdesk
