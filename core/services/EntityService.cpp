#include "EntityService.h"

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

} // namespace careerdesk
