#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace careerdesk {

// The roles a Markdown resume lists, as CareerDesk writes them and people type them: a bold line
// "**Role, Company** (2019–today)" followed by lines and bullets of what was done there. Each of those
// lines is split into statements at semicolons and full stops, so that one statement can stand as
// evidence in a letter.
class ResumeExperience
{
public:
    struct Role
    {
        QString title;   // "Senior Software Engineer"
        QString company; // "Northwind Robotics"
        QString period;  // "2019–today", as written
        bool current = false;
        QStringList statements; // "Built Qt and C++ desktop tools with CMake on Linux", …
    };

    // Roles in the order the resume lists them (most recent first, as resumes are written): bold lines
    // that name a company, in sections that are experience (not education, skills or languages).
    static QList<Role> read(const QString& markdown);
};

} // namespace careerdesk
