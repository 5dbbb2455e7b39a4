#include "EntityService.h"

#include "store/Transaction.h"

namespace careerdesk {

EntityService::EntityService(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

QDateTime EntityService::completionTime(bool complete, const QDateTime& before, const QDateTime& given) const
{
    if (!complete)
        return {};
    if (given.isValid())
        return given;
    return before.isValid() ? before : now();
}

void EntityService::announce(Signal signal, qint64 id)
{
    Transaction::whenCommitted(m_database.connection(), [this, signal, id] { Q_EMIT(this->*signal)(id); });
}

void EntityService::announceMany()
{
    Transaction::whenCommitted(m_database.connection(), [this] { Q_EMIT manyChanged(); });
}

} // namespace careerdesk
