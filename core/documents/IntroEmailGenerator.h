#pragma once

#include "domain/IntroEmail.h"
#include "domain/Opportunity.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <optional>

namespace careerdesk {

// A first draft of an intro email (plain text) for each purpose, from resources/generation;
// the recipient is left to the user.
class IntroEmailGenerator
{
    Q_DECLARE_TR_FUNCTIONS(IntroEmailGenerator)

public:
    static Result<IntroEmail> generate(const User& user, EmailPurpose purpose,
                                       const std::optional<Opportunity>& opportunity);
};

} // namespace careerdesk
