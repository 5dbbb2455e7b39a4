#pragma once

#include "RequirementMatcher.h"
#include "domain/Application.h"
#include "domain/Opportunity.h"

#include <QCoreApplication>

#include <optional>

namespace careerdesk {

// One posting in full, as a person reads it ("Explore Gig Instance"): what, where, pay, dates, the
// description and requirements, the source link, where it stands in the reader's pipeline, and how
// a resume matches its requirements. Every value is escaped: a posting's text is never markup.
class OpportunityPage
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityPage)

public:
    struct ResumeMatch
    {
        QString resumeName;
        RequirementMatcher::Match match;
    };

    static QString html(const Opportunity& opportunity, const std::optional<Application>& application,
                        const std::optional<ResumeMatch>& resumeMatch);
    static QString matchSummary(const ResumeMatch& resumeMatch); // "3 of 5 requirements found …"

private:
    static QString facts(const Opportunity& opportunity);
    static QString pipeline(const std::optional<Application>& application);
    static QString matchSection(const Opportunity& opportunity,
                                const std::optional<ResumeMatch>& resumeMatch);
    static QString paragraphs(const QString& text);
};

} // namespace careerdesk
