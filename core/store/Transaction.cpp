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
        m_open = m_connection.transaction();
        if (!m_open)
            m_begun =
                Error{tr("Cannot start a database transaction: %1").arg(m_connection.lastError().text())};
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
        m_connection.rollback();
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
    if (!m_connection.commit()) {
        const QString why = m_connection.lastError().text();
        m_connection.rollback();
        return Error{tr("The database could not save the change: %1").arg(why)};
    }
    for (const std::function<void()>& action : actions)
        action();
    return {};
}

} // namespace careerdesk
