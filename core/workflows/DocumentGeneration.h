#pragma once

#include "domain/CoverLetter.h"
#include "domain/Enums.h"
#include "domain/IntroEmail.h"
#include "domain/Result.h"

namespace careerdesk {

class Workspace;

// Letters and emails written for a person from what the services keep of them (profile, posting,
// resume, interests, goals) by the generators of documents/, and stored through the services.
class DocumentGeneration
{
public:
    // A new letter for the posting, written from the user's profile, the resume, interests and goals.
    static Result<CoverLetter> generateCoverLetter(Workspace& workspace, qint64 userId, qint64 opportunityId,
                                                   qint64 resumeId);
    // `opportunityId` 0 writes an email about no posting in particular.
    static Result<IntroEmail> generateIntroEmail(Workspace& workspace, qint64 userId, EmailPurpose purpose,
                                                 qint64 opportunityId = 0);
    // The same email, written but not stored (to fill in one the person has begun), greeting `recipient`.
    static Result<IntroEmail> draftIntroEmail(Workspace& workspace, qint64 userId, EmailPurpose purpose,
                                              qint64 opportunityId = 0, const QString& recipient = {});
};

} // namespace careerdesk
