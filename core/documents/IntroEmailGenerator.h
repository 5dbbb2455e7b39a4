#pragma once

#include "domain/IntroEmail.h"
#include "domain/Opportunity.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <optional>

namespace careerdesk {

// A first draft of an intro email (plain text) for each purpose, from resources/generation: short and
// specific, naming the posting, what the person does now (from their resume) and, for a posting, the
// requirements their resume shows. Deterministic: the same input writes the same email.
class IntroEmailGenerator
{
    Q_DECLARE_TR_FUNCTIONS(IntroEmailGenerator)

public:
    struct Input
    {
        User user;
        EmailPurpose purpose = EmailPurpose::Networking;
        std::optional<Opportunity> opportunity;
        QString resume;    // the person's default resume (Markdown), or nothing
        QString recipient; // as typed: "Ana Weber <ana@example.org>", "Ana Weber", an address, or nothing
    };

    static Result<IntroEmail> generate(const Input& input);
    // "Hello Ana," for a recipient whose name is known, "Hello," otherwise.
    static QString greeting(const QString& recipient);
};

} // namespace careerdesk
