#include "Workspace.h"

#include <QHash>
#include <QSet>

namespace careerdesk {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& location, Clock clock,
                                                   Database::OpenMode mode)
{
    auto database = Database::open(location, mode);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value(), std::move(clock)));
}

Workspace::Workspace(std::unique_ptr<Database> database, Clock clock)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
{
    for (EntityService* service : entityServices())
        m_servicesByTable.insert(service->table(), service);
    m_changes = std::make_unique<ChangeFeed>(*m_database);
    m_connectionKeeper = std::make_unique<ConnectionKeeper>(*m_database);
    QObject::connect(m_connectionKeeper.get(), &ConnectionKeeper::restored, m_changes.get(),
                     &ChangeFeed::listen);
    QObject::connect(m_changes.get(), &ChangeFeed::tableChanged, m_changes.get(),
                     [this](const QString& table) {
                         if (EntityService* service = serviceFor(table))
                             Q_EMIT service->manyChanged();
                     });
    QObject::connect(m_changes.get(), &ChangeFeed::rowChanged, m_changes.get(),
                     [this](const QString& table, qint64 id, ChangeFeed::Kind kind) {
                         EntityService* service = serviceFor(table);
                         if (!service)
                             return;
                         service->announce(kind == ChangeFeed::Kind::Created   ? &EntityService::created
                                           : kind == ChangeFeed::Kind::Removed ? &EntityService::removed
                                                                               : &EntityService::changed,
                                           id);
                     });
}

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
    announce({archive}, &EntityService::created);
    return {};
}

void Workspace::announce(const QList<RowArchive>& archives, EntityService::Signal rowSignal)
{
    qsizetype rows = 0;
    for (const RowArchive& archive : archives)
        rows += archive.rows().size() + archive.links().size();
    if (rows > rowsAnnouncedOneByOne) {
        announceTables(archives);
        return;
    }
    for (const RowArchive& archive : archives)
        announceRows(archive, rowSignal);
}

// Every row of the archive through the service that owns its table (`rowSignal`: it came or went),
// rows without a service as a change of their parent, and the rows whose links changed.
void Workspace::announceRows(const RowArchive& archive, EntityService::Signal rowSignal)
{
    for (const RowArchive::Row& row : archive.rows()) {
        if (EntityService* service = serviceFor(row.table))
            service->announce(rowSignal, row.id());
        else if (row.table == QLatin1String("prompt_answers"))
            m_prompts->announce(&EntityService::changed,
                                row.record.value(QStringLiteral("prompt_id")).toLongLong());
        else if (row.table == QLatin1String("application_events"))
            m_applications->announce(&EntityService::changed,
                                     row.record.value(QStringLiteral("application_id")).toLongLong());
    }
    for (const RowArchive::Link& link : archive.links()) {
        if (EntityService* service = serviceFor(link.table))
            service->announce(&EntityService::changed, link.rowId);
    }
}

// The same services as announceRows() would tell, each once.
void Workspace::announceTables(const QList<RowArchive>& archives)
{
    QSet<EntityService*> changed;
    for (const RowArchive& archive : archives) {
        for (const RowArchive::Row& row : archive.rows()) {
            if (EntityService* service = serviceFor(row.table))
                changed << service;
            else if (row.table == QLatin1String("prompt_answers"))
                changed << m_prompts.get();
            else if (row.table == QLatin1String("application_events"))
                changed << m_applications.get();
        }
        for (const RowArchive::Link& link : archive.links()) {
            if (EntityService* service = serviceFor(link.table))
                changed << service;
        }
    }
    for (EntityService* service : std::as_const(changed))
        service->announceMany();
}

Result<QList<RowArchive>> Workspace::takeAway(const RowRefs& added)
{
    return inTransaction([&]() -> Result<QList<RowArchive>> {
        QList<RowArchive> archives;
        // Latest first: nothing added later still points at what goes.
        for (auto row = added.crbegin(); row != added.crend(); ++row) {
            auto archive = RowArchive::takeAway(*m_database, row->first, row->second);
            if (!archive)
                return archive.error();
            archives.prepend(archive.value());
        }
        announce(archives, &EntityService::removed); // once the transaction commits
        return archives;
    });
}

Status Workspace::restore(const QList<RowArchive>& archives)
{
    return inTransaction([&]() -> Status {
        for (const RowArchive& archive : archives) {
            if (Status restored = archive.restore(*m_database); !restored)
                return restored;
        }
        announce(archives, &EntityService::created); // once the transaction commits
        return {};
    });
}

// Services go before the database they use.
Workspace::~Workspace() = default;

} // namespace careerdesk
