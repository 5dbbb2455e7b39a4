#pragma once

#include "ActionItemService.h"
#include "ApplicationService.h"
#include "Clock.h"
#include "CoverLetterService.h"
#include "GoalService.h"
#include "InterestService.h"
#include "IntroEmailService.h"
#include "NoteService.h"
#include "OpportunitySearchService.h"
#include "PromptService.h"
#include "ResumeService.h"
#include "RowRefs.h"
#include "UserService.h"
#include "store/Backups.h"
#include "store/ChangeFeed.h"
#include "store/ConnectionKeeper.h"
#include "store/Database.h"
#include "store/RowArchive.h"
#include "store/Transaction.h"

#include <QHash>

#include <memory>

namespace careerdesk {

// One open database with every service over it: what the window and the headless commands work on.
class Workspace
{
public:
    static Result<std::unique_ptr<Workspace>>
    open(const QString& location, Clock clock = {},
         Database::OpenMode mode = Database::OpenMode::CreateIfMissing);
    ~Workspace();

    Database& database() { return *m_database; }
    Backups backups() const { return Backups(m_database->location()); }
    // The backups of a database that is not open (to restore a damaged one, or from the command line).
    static Backups backupsOf(const QString& location) { return Backups(location); }
    const Clock& clock() const { return m_clock; }
    // The window's connection to a server: lost, retried, restored (on a file, never lost).
    ConnectionKeeper& connectionKeeper() { return *m_connectionKeeper; }
    // False while a server has dropped the calling thread's connection: a failure then says nothing about
    // the rows (a row that cannot be read is not gone).
    bool isConnected() const { return m_database->isConnected(); }

    UserService& users() { return *m_users; }
    InterestService& interests() { return *m_interests; }
    GoalService& goals() { return *m_goals; }
    ResumeService& resumes() { return *m_resumes; }
    ActionItemService& actionItems() { return *m_actionItems; }
    OpportunitySearchService& opportunities() { return *m_opportunities; }
    ApplicationService& applications() { return *m_applications; }
    CoverLetterService& coverLetters() { return *m_coverLetters; }
    IntroEmailService& introEmails() { return *m_introEmails; }
    PromptService& prompts() { return *m_prompts; }
    NoteService& notes() { return *m_notes; }

    // All or nothing for a use case that writes through several services: `work` (returning a Status or
    // a Result) runs in one transaction, committed when it succeeds and rolled back when it fails; the
    // services announce what it wrote once it has committed.
    template <typename Work> auto inTransaction(Work&& work) -> decltype(work());

    // Undo for deletes: keep what a delete of (table, id) will take, and put it all back later,
    // announcing every restored row through the service that owns its table.
    Result<RowArchive> archive(const QString& table, qint64 id) const;
    Status restore(const RowArchive& archive);
    // Undo for additions: takes rows added earlier away (with what cascades from them) in one
    // transaction, latest first, announcing every row that went; restore() puts them back, also in one
    // transaction.
    Result<QList<RowArchive>> takeAway(const RowRefs& added);
    Status restore(const QList<RowArchive>& archives);
    EntityService* serviceFor(const QString& table) const;
    // Beyond this many rows (an import undone) a change is announced as a change of each table it
    // touched (manyChanged): every view then reads its rows once, not once for each row.
    static constexpr qsizetype rowsAnnouncedOneByOne = 200;

private:
    // Every entity service, made over the database (declared before them, so made first). An area adds
    // its include, accessor, member and place in entityServices() here, and nothing in Workspace.cpp.
    template <typename Service> std::unique_ptr<Service> make() const
    {
        return std::make_unique<Service>(*m_database, m_clock);
    }
    // Maps each table to its service: undo and other sessions' changes announce rows through it.
    QList<EntityService*> entityServices() const;
    void announce(const QList<RowArchive>& archives, EntityService::Signal rowSignal);
    void announceRows(const RowArchive& archive, EntityService::Signal rowSignal);
    void announceTables(const QList<RowArchive>& archives);
    Workspace(std::unique_ptr<Database> database, Clock clock);

    std::unique_ptr<Database> m_database;
    Clock m_clock;
    std::unique_ptr<ChangeFeed> m_changes; // other sessions' changes, announced through the services
    std::unique_ptr<ConnectionKeeper> m_connectionKeeper;
    std::unique_ptr<UserService> m_users = make<UserService>();
    std::unique_ptr<InterestService> m_interests = make<InterestService>();
    std::unique_ptr<GoalService> m_goals = make<GoalService>();
    std::unique_ptr<ResumeService> m_resumes = make<ResumeService>();
    std::unique_ptr<ActionItemService> m_actionItems = make<ActionItemService>();
    std::unique_ptr<OpportunitySearchService> m_opportunities = make<OpportunitySearchService>();
    std::unique_ptr<ApplicationService> m_applications = make<ApplicationService>();
    std::unique_ptr<CoverLetterService> m_coverLetters = make<CoverLetterService>();
    std::unique_ptr<IntroEmailService> m_introEmails = make<IntroEmailService>();
    std::unique_ptr<PromptService> m_prompts = make<PromptService>();
    std::unique_ptr<NoteService> m_notes = make<NoteService>();
    QHash<QString, EntityService*> m_servicesByTable;
};

inline QList<EntityService*> Workspace::entityServices() const
{
    return {m_users.get(),       m_interests.get(),     m_goals.get(),        m_resumes.get(),
            m_actionItems.get(), m_opportunities.get(), m_applications.get(), m_coverLetters.get(),
            m_introEmails.get(), m_prompts.get(),       m_notes.get()};
}

template <typename Work> auto Workspace::inTransaction(Work&& work) -> decltype(work())
{
    Transaction transaction(m_database->connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    auto done = work();
    if (!done)
        return done;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return done;
}

} // namespace careerdesk
