#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>

namespace careerdesk {

class Workspace;

// A realistic, repeatable career search to explore the program with: postings of every type
// and pay period, applications in every status with dated history, resumes, letters, emails,
// goals, interests, action items (some overdue) and prompts with answers.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static constexpr int postingCount = 48;

    // The person a fresh demo database is for.
    static User person();

    // Adds everything for `userId`, in one transaction.
    static Status load(Workspace& workspace, qint64 userId);

private:
    static Status write(Workspace& workspace, qint64 userId); // what load() adds, inside its transaction
};

} // namespace careerdesk
