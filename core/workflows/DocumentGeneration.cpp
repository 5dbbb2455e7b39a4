#include "DocumentGeneration.h"

#include "documents/CoverLetterGenerator.h"
#include "documents/IntroEmailGenerator.h"
#include "services/Workspace.h"

namespace careerdesk {

Result<CoverLetter> DocumentGeneration::generateCoverLetter(Workspace& workspace, qint64 userId,
                                                            qint64 opportunityId, qint64 resumeId)
{
    CoverLetterGenerator::Input input;
    auto user = workspace.users().getUser(userId);
    if (!user)
        return user.error();
    auto opportunity = workspace.opportunities().getOpportunity(opportunityId);
    if (!opportunity)
        return opportunity.error();
    auto resume = workspace.resumes().getResume(userId, resumeId);
    if (!resume)
        return resume.error();
    auto interests = workspace.interests().getUserInterests(userId);
    if (!interests)
        return interests.error();
    auto goals = workspace.goals().getUserGoals(userId);
    if (!goals)
        return goals.error();
    input.user = user.value();
    input.opportunity = opportunity.value();
    input.resume = resume.value();
    input.interests = interests.value();
    input.goals = goals.value();
    input.date = workspace.clock().now().toLocalTime().date();
    auto letter = CoverLetterGenerator::generate(input);
    if (!letter)
        return letter.error();
    return workspace.coverLetters().createCoverLetter(userId, letter.value());
}

Result<IntroEmail> DocumentGeneration::generateIntroEmail(Workspace& workspace, qint64 userId,
                                                          EmailPurpose purpose, qint64 opportunityId)
{
    auto email = draftIntroEmail(workspace, userId, purpose, opportunityId);
    if (!email)
        return email.error();
    return workspace.introEmails().createIntroEmail(userId, email.value());
}

Result<IntroEmail> DocumentGeneration::draftIntroEmail(Workspace& workspace, qint64 userId,
                                                       EmailPurpose purpose, qint64 opportunityId,
                                                       const QString& recipient)
{
    IntroEmailGenerator::Input input;
    auto user = workspace.users().getUser(userId);
    if (!user)
        return user.error();
    input.user = user.value();
    input.purpose = purpose;
    input.recipient = recipient;
    if (opportunityId > 0) {
        auto found = workspace.opportunities().getOpportunity(opportunityId);
        if (!found)
            return found.error();
        input.opportunity = found.value();
    }
    auto resume = workspace.resumes().getDefaultResume(userId);
    if (!resume)
        return resume.error();
    if (resume.value())
        input.resume = resume.value()->content;
    return IntroEmailGenerator::generate(input);
}

} // namespace careerdesk
