#include "CoverLetterService.h"

#include "Validator.h"
#include "store/OpportunityRepository.h"

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

} // namespace careerdesk
