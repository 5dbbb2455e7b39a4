#pragma once

#include "domain/CoverLetter.h"
#include "domain/Goal.h"
#include "domain/Interest.h"
#include "domain/Opportunity.h"
#include "domain/Resume.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace careerdesk {

// Writes a first draft of a cover letter (Markdown) from what the database knows; the same input
// always gives the same letter. Values from postings are escaped so they never become markup.
class CoverLetterGenerator
{
    Q_DECLARE_TR_FUNCTIONS(CoverLetterGenerator)

public:
    struct Input
    {
        User user;
        Opportunity opportunity;
        Resume resume;
        QList<Interest> interests;
        QList<Goal> goals;
        QDate date;
    };

    static Result<CoverLetter> generate(const Input& input);
    // A generated letter's title without its "Cover letter: " (for a heading that says so already).
    static QString withoutKind(const QString& title);
};

} // namespace careerdesk
