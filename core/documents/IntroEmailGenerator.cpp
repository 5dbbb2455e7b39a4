#include "IntroEmailGenerator.h"

namespace careerdesk {

namespace {

struct Draft
{
    QString subject;
    QString body;
};

Draft draftFor(EmailPurpose purpose, const QString& role, const QString& company)
{
    const bool about = !role.isEmpty();
    switch (purpose) {
    case EmailPurpose::Networking:
        return {about ? IntroEmailGenerator::tr("Connecting about %1 at %2").arg(role, company)
                      : IntroEmailGenerator::tr("Connecting"),
                about
                    ? IntroEmailGenerator::tr(
                          "I am exploring roles like %1 at %2 and would value fifteen minutes of your time "
                          "to hear how you see the team and its work.")
                          .arg(role, company)
                    : IntroEmailGenerator::tr(
                          "I am exploring my next step and would value fifteen minutes of your time to hear "
                          "about your work and how you got there.")};
    case EmailPurpose::FollowUp:
        return {about ? IntroEmailGenerator::tr("Following up: %1 at %2").arg(role, company)
                      : IntroEmailGenerator::tr("Following up"),
                about ? IntroEmailGenerator::tr(
                            "I recently applied for the %1 position at %2 and wanted to follow up. I remain "
                            "very interested and would be glad to share anything that helps.")
                            .arg(role, company)
                      : IntroEmailGenerator::tr(
                            "I wanted to follow up on our recent conversation. I would be glad to share "
                            "anything that helps.")};
    case EmailPurpose::Inquiry:
        return {about ? IntroEmailGenerator::tr("Question about %1 at %2").arg(role, company)
                      : IntroEmailGenerator::tr("A question"),
                about ? IntroEmailGenerator::tr(
                            "I am interested in the %1 position at %2 and would like to ask a few questions "
                            "about the role and the team before I apply.")
                            .arg(role, company)
                      : IntroEmailGenerator::tr(
                            "I would like to ask a few questions about opportunities on your team.")};
    case EmailPurpose::Introduction:
        return {about ? IntroEmailGenerator::tr("Introduction: interested in %1 at %2").arg(role, company)
                      : IntroEmailGenerator::tr("Introduction"),
                about ? IntroEmailGenerator::tr(
                            "I would like to introduce myself: I am interested in the %1 position at %2 and "
                            "believe my experience fits it well.")
                            .arg(role, company)
                      : IntroEmailGenerator::tr(
                            "I would like to introduce myself and learn whether my experience could help "
                            "your team.")};
    case EmailPurpose::ThankYou:
        return {about ? IntroEmailGenerator::tr("Thank you: %1 at %2").arg(role, company)
                      : IntroEmailGenerator::tr("Thank you"),
                about ? IntroEmailGenerator::tr(
                            "Thank you for taking the time to talk with me about the %1 position at %2. I "
                            "enjoyed our conversation and am even more excited about the role.")
                            .arg(role, company)
                      : IntroEmailGenerator::tr(
                            "Thank you for taking the time to talk with me. I enjoyed our conversation.")};
    }
    return {};
}

} // namespace

IntroEmail IntroEmailGenerator::generate(const User& user, EmailPurpose purpose,
                                         const std::optional<Opportunity>& opportunity)
{
    const QString role = opportunity ? opportunity->title : QString();
    const QString company = opportunity ? opportunity->company : QString();
    const Draft draft = draftFor(purpose, role, company);
    const QString name = user.displayName().isEmpty() ? user.email : user.displayName();

    IntroEmail email;
    email.userId = user.id;
    email.purpose = purpose;
    email.opportunityId = opportunity ? opportunity->id : 0;
    email.subject = draft.subject;
    email.content = tr("Hello,") + QStringLiteral("\n\n") + draft.body + QStringLiteral("\n\n") +
                    tr("Best regards,") + QLatin1Char('\n') + name + QLatin1Char('\n');
    return email;
}

} // namespace careerdesk
