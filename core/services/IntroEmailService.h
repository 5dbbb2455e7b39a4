#pragma once

#include "OwnedEntityService.h"
#include "domain/IntroEmail.h"
#include "store/IntroEmailRepository.h"

namespace careerdesk {

class IntroEmailService : public OwnedEntityService<IntroEmailRepository, IntroEmail>
{
    Q_DECLARE_TR_FUNCTIONS(IntroEmailService)

public:
    using OwnedEntityService::OwnedEntityService;

    Result<QList<IntroEmail>> getUserIntroEmails(qint64 userId) const { return listFor(userId); }
    Result<IntroEmail> getIntroEmail(qint64 userId, qint64 id) const { return getFor(userId, id); }
    Result<IntroEmail> createIntroEmail(qint64 userId, const IntroEmail& email)
    {
        return createFor(userId, email);
    }
    Result<IntroEmail> updateIntroEmail(qint64 userId, const IntroEmail& email)
    {
        return updateFor(userId, email);
    }
    Status deleteIntroEmail(qint64 userId, qint64 id) { return deleteFor(userId, id); }
    Result<IntroEmail> markEmailAsSent(qint64 userId, qint64 id);

protected:
    Status validate(const IntroEmail& email) const override;
};

} // namespace careerdesk
