#include "CoverLetterService.h"

#include "Validator.h"
#include "documents/CoverLetterGenerator.h"
#include "store/GoalRepository.h"
#include "store/InterestRepository.h"
#include "store/OpportunityRepository.h"
#include "store/ResumeRepository.h"

namespace careerdesk {

Status CoverLetterService::validate(const CoverLetter& letter) const
{
    Validator validator;
    validator.required(tr("Title"), letter.title)
        .maxLength(tr("Title"), letter.title)
        .maxLength(tr("Content"), letter.content, Validator::longTextLimit);
    if (letter.opportunityId > 0)
        validator.merge(OpportunityRepository(database()).exists(letter.opportunityId));
    return validator.status();
}

Result<CoverLetter> CoverLetterService::generateCoverLetter(qint64 userId, qint64 opportunityId,
                                                            qint64 resumeId)
{
    CoverLetterGenerator::Input input;
    auto user = UserRepository(database()).get(userId);
    if (!user)
        return user.error();
    auto opportunity = OpportunityRepository(database()).get(opportunityId);
    if (!opportunity)
        return opportunity.error();
    auto resume = ResumeRepository(database()).get(resumeId, userId);
    if (!resume)
        return resume.error();
    auto interests = InterestRepository(database()).findByUser(userId);
    if (!interests)
        return interests.error();
    auto goals = GoalRepository(database()).findByUser(userId);
    if (!goals)
        return goals.error();
    input.user = user.value();
    input.opportunity = opportunity.value();
    input.resume = resume.value();
    input.interests = interests.value();
    input.goals = goals.value();
    input.date = now().toLocalTime().date();
    auto letter = CoverLetterGenerator::generate(input);
    if (!letter)
        return letter.error();
    return createFor(userId, letter.value());
}

} // namespace careerdesk
