#pragma once

#include "OwnedEntityService.h"
#include "domain/CoverLetter.h"
#include "store/CoverLetterRepository.h"

namespace careerdesk {

class CoverLetterService : public OwnedEntityService<CoverLetterRepository, CoverLetter>
{
    Q_DECLARE_TR_FUNCTIONS(CoverLetterService)

public:
    using OwnedEntityService::OwnedEntityService;

    Result<QList<CoverLetter>> getUserCoverLetters(qint64 userId) const { return listFor(userId); }
    Result<CoverLetter> getCoverLetter(qint64 userId, qint64 id) const { return getFor(userId, id); }
    Result<CoverLetter> createCoverLetter(qint64 userId, const CoverLetter& letter)
    {
        return createFor(userId, letter);
    }
    Result<CoverLetter> updateCoverLetter(qint64 userId, const CoverLetter& letter)
    {
        return updateFor(userId, letter);
    }
    Status deleteCoverLetter(qint64 userId, qint64 id) { return deleteFor(userId, id); }

protected:
    Status validate(const CoverLetter& letter) const override;
};

} // namespace careerdesk
