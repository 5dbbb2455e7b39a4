#include "Transaction.h"

#include <QSqlError>

namespace careerdesk {

Transaction::Transaction(QSqlDatabase connection)
    : m_connection(std::move(connection))
{
    m_open = m_connection.transaction();
    if (!m_open)
        m_begun = Error{tr("Cannot start a database transaction: %1").arg(m_connection.lastError().text())};
}

Transaction::~Transaction()
{
    if (m_open)
        m_connection.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error{tr("The transaction was already finished")}) : m_begun;
    m_open = false;
    if (!m_connection.commit()) {
        const QString why = m_connection.lastError().text();
        m_connection.rollback();
        return Error{tr("The database could not save the change: %1").arg(why)};
    }
    return {};
}

} // namespace careerdesk
