#include "Workspace.h"

namespace careerdesk {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& location, Clock clock)
{
    auto database = Database::open(location);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value(), std::move(clock)));
}

Workspace::Workspace(std::unique_ptr<Database> database, Clock clock)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
    , m_users(std::make_unique<UserService>(*m_database, m_clock))
    , m_interests(std::make_unique<InterestService>(*m_database, m_clock))
    , m_goals(std::make_unique<GoalService>(*m_database, m_clock))
    , m_resumes(std::make_unique<ResumeService>(*m_database, m_clock))
    , m_actionItems(std::make_unique<ActionItemService>(*m_database, m_clock))
    , m_opportunities(std::make_unique<OpportunitySearchService>(*m_database, m_clock))
    , m_applications(std::make_unique<OpportunityManagementService>(*m_database, m_clock))
    , m_coverLetters(std::make_unique<CoverLetterService>(*m_database, m_clock))
    , m_introEmails(std::make_unique<IntroEmailService>(*m_database, m_clock))
    , m_prompts(std::make_unique<PromptService>(*m_database, m_clock))
{}

// Services go before the database they use.
Workspace::~Workspace() = default;

} // namespace careerdesk
