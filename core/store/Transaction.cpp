#include "Transaction.h"

#include "SqlQuery.h"

#include <QHash>
#include <QSqlError>

namespace careerdesk {

namespace {

// Open transactions per connection; connections belong to one thread, so this is per thread too.
thread_local QHash<QString, int> openDepth;
// What waits for the outermost transaction of each connection to commit.
thread_local QHash<QString, QList<std::function<void()>>> afterCommit;

} // namespace

Transaction::Transaction(QSqlDatabase connection)
    : m_connection(std::move(connection))
    , m_depth(openDepth.value(m_connection.connectionName()))
    , m_actionsBefore(afterCommit.value(m_connection.connectionName()).size())
{
    if (m_depth == 0) {
        m_begun = begin();
        m_open = m_begun.ok();
    } else {
        m_begun = execute(QStringLiteral("SAVEPOINT careerdesk_%1").arg(m_depth));
        m_open = m_begun.ok();
    }
    if (m_open)
        openDepth[m_connection.connectionName()] = m_depth + 1;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::execute(const QString& statement)
{
    auto done = SqlQuery::run(m_connection, statement);
    return done ? Status() : Status(done.error());
}

bool Transaction::takesWriteLockAtBegin() const
{
    return m_connection.driverName() == QLatin1String("QSQLITE");
}

// SQLite's plain BEGIN takes the write lock only at the first write; a transaction that has read by
// then and finds another writer's newer data fails at once ("database is locked") instead of waiting.
// BEGIN IMMEDIATE takes the lock first, waiting for other writers in the busy handler.
Status Transaction::begin()
{
    const QString statement =
        takesWriteLockAtBegin() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (Status begun = execute(statement); !begun)
        return Error{tr("Cannot start a database transaction: %1").arg(begun.errorMessage())};
    return {};
}

bool Transaction::finishOutermost(bool commit)
{
    return execute(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")).ok();
}

void Transaction::whenCommitted(const QSqlDatabase& connection, std::function<void()> action)
{
    if (openDepth.value(connection.connectionName()) == 0)
        action();
    else
        afterCommit[connection.connectionName()].append(std::move(action));
}

void Transaction::rollback()
{
    m_open = false;
    openDepth[m_connection.connectionName()] = m_depth;
    afterCommit[m_connection.connectionName()].resize(m_actionsBefore);
    if (m_depth == 0) {
        (void)finishOutermost(false);
    } else {
        (void)execute(QStringLiteral("ROLLBACK TO SAVEPOINT careerdesk_%1").arg(m_depth));
        (void)execute(QStringLiteral("RELEASE SAVEPOINT careerdesk_%1").arg(m_depth));
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error{tr("The transaction was already finished")}) : m_begun;
    if (m_depth > 0) {
        Status released = execute(QStringLiteral("RELEASE SAVEPOINT careerdesk_%1").arg(m_depth));
        if (!released) {
            rollback();
            return released;
        }
        m_open = false;
        openDepth[m_connection.connectionName()] = m_depth;
        return {};
    }
    m_open = false;
    openDepth[m_connection.connectionName()] = 0;
    const QList<std::function<void()>> actions = afterCommit.take(m_connection.connectionName());
    if (Status committed = execute(QStringLiteral("COMMIT")); !committed) {
        (void)finishOutermost(false);
        return Error{tr("The database could not save the change: %1").arg(committed.errorMessage())};
    }
    for (const std::function<void()>& action : actions)
        action();
    return {};
}

} // namespace careerdesk
