#pragma once

#include "OwnedEntityService.h"
#include "domain/Interest.h"
#include "store/InterestRepository.h"

namespace careerdesk {

class InterestService : public OwnedEntityService<InterestRepository, Interest>
{
    Q_DECLARE_TR_FUNCTIONS(InterestService)

public:
    using OwnedEntityService::OwnedEntityService;

    Result<QList<Interest>> getUserInterests(qint64 userId) const { return listFor(userId); }
    Result<Interest> getInterest(qint64 userId, qint64 id) const { return getFor(userId, id); }
    Result<Interest> createInterest(qint64 userId, const Interest& interest)
    {
        return createFor(userId, interest);
    }
    Result<Interest> updateInterest(qint64 userId, const Interest& interest)
    {
        return updateFor(userId, interest);
    }
    Status deleteInterest(qint64 userId, qint64 id) { return deleteFor(userId, id); }
    Result<QList<Interest>> getInterestsByCategory(qint64 userId, InterestCategory category) const;

protected:
    Status validate(const Interest& interest) const override;
};

} // namespace careerdesk
