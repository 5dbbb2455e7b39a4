#include "InterestService.h"

#include "Validator.h"

namespace careerdesk {

Result<QList<Interest>> InterestService::getInterestsByCategory(qint64 userId,
                                                                InterestCategory category) const
{
    return m_repository.findByCategory(userId, category);
}

Status InterestService::validate(const Interest& interest) const
{
    return Validator()
        .required(tr("Name"), interest.name)
        .maxLength(tr("Name"), interest.name)
        .maxLength(tr("Description"), interest.description, Validator::longTextLimit)
        .status();
}

} // namespace careerdesk
