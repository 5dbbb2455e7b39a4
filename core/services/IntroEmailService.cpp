#include "IntroEmailService.h"

#include "UserService.h"
#include "Validator.h"
#include "store/OpportunityRepository.h"

namespace careerdesk {

Status IntroEmailService::validate(const IntroEmail& email) const
{
    Validator validator;
    validator.required(tr("Subject"), email.subject)
        .maxLength(tr("Subject"), email.subject, 998)
        .maxLength(tr("Content"), email.content, Validator::longTextLimit)
        .check(email.recipient.trimmed().isEmpty() || UserService::isValidEmail(email.recipient.trimmed()),
               tr("The recipient \"%1\" is not an email address").arg(email.recipient));
    if (email.opportunityId > 0)
        validator.merge(OpportunityRepository(database()).exists(email.opportunityId));
    return validator.status();
}

Result<IntroEmail> IntroEmailService::markEmailAsSent(qint64 userId, qint64 id)
{
    auto email = getFor(userId, id);
    if (!email)
        return email;
    email.value().sentAt = now();
    return updateFor(userId, email.value());
}

} // namespace careerdesk
