#include "Workspace.h"
#include "store/Transaction.h"

#include <QHash>

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
    , m_servicesByTable{
          {QStringLiteral("users"), m_users.get()},
          {QStringLiteral("interests"), m_interests.get()},
          {QStringLiteral("goals"), m_goals.get()},
          {QStringLiteral("resumes"), m_resumes.get()},
          {QStringLiteral("action_items"), m_actionItems.get()},
          {QStringLiteral("opportunities"), m_opportunities.get()},
          {QStringLiteral("user_opportunities"), m_applications.get()},
          {QStringLiteral("cover_letters"), m_coverLetters.get()},
          {QStringLiteral("intro_emails"), m_introEmails.get()},
          {QStringLiteral("prompts"), m_prompts.get()},
      }
{}

Result<RowArchive> Workspace::archive(const QString& table, qint64 id) const
{
    return RowArchive::collect(*m_database, table, id);
}

EntityService* Workspace::serviceFor(const QString& table) const
{
    return m_servicesByTable.value(table);
}

Status Workspace::restore(const RowArchive& archive)
{
    if (Status restored = archive.restore(*m_database); !restored)
        return restored;
    for (const RowArchive::Row& row : archive.rows()) {
        if (EntityService* service = serviceFor(row.table))
            service->announce(EntityService::Change::Created, row.id());
        else if (row.table == QLatin1String("prompt_answers"))
            m_prompts->announce(EntityService::Change::Changed,
                                row.record.value(QStringLiteral("prompt_id")).toLongLong());
        else if (row.table == QLatin1String("application_events"))
            m_applications->announce(EntityService::Change::Changed,
                                     row.record.value(QStringLiteral("user_opportunity_id")).toLongLong());
    }
    for (const RowArchive::Link& link : archive.links()) {
        if (EntityService* service = serviceFor(link.table))
            service->announce(EntityService::Change::Changed, link.rowId);
    }
    return {};
}

Result<QList<RowArchive>> Workspace::takeAway(const RowArchive::RowRefs& added)
{
    Transaction transaction(m_database->connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    QList<RowArchive> archives;
    // Latest first: nothing added later still points at what goes.
    for (auto row = added.crbegin(); row != added.crend(); ++row) {
        auto archive = RowArchive::takeAway(*m_database, row->first, row->second);
        if (!archive)
            return archive.error();
        archives.prepend(archive.value());
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    for (const auto& [table, id] : added) {
        if (EntityService* service = serviceFor(table))
            service->announce(EntityService::Change::Removed, id);
    }
    return archives;
}

Status Workspace::restore(const QList<RowArchive>& archives)
{
    Transaction transaction(m_database->connection());
    if (Status begun = transaction.begun(); !begun)
        return begun;
    for (const RowArchive& archive : archives) {
        if (Status restored = restore(archive); !restored)
            return restored;
    }
    return transaction.commit();
}

// Services go before the database they use.
Workspace::~Workspace() = default;

} // namespace careerdesk
