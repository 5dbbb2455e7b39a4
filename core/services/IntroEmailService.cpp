#include "IntroEmailService.h"

#include "UserService.h"
#include "Validator.h"
#include "documents/IntroEmailGenerator.h"
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

Result<IntroEmail> IntroEmailService::generateIntroEmail(qint64 userId, EmailPurpose purpose,
                                                         qint64 opportunityId)
{
    auto user = UserRepository(database()).get(userId);
    if (!user)
        return user.error();
    std::optional<Opportunity> opportunity;
    if (opportunityId > 0) {
        auto found = OpportunityRepository(database()).get(opportunityId);
        if (!found)
            return found.error();
        opportunity = found.value();
    }
    auto email = IntroEmailGenerator::generate(user.value(), purpose, opportunity);
    if (!email)
        return email.error();
    return createFor(userId, email.value());
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
