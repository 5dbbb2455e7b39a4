#include "PreferenceRepository.h"

#include "SqlQuery.h"

namespace careerdesk {

PreferenceRepository::PreferenceRepository(const Database& database)
    : m_database(database)
{}

Result<QString> PreferenceRepository::value(const QString& key) const
{
    auto query = SqlQuery::run(m_database.connection(),
                               QStringLiteral("SELECT value FROM preferences WHERE key = ?"), {key});
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toString() : QString();
}

Status PreferenceRepository::setValue(const QString& key, const QString& value) const
{
    auto query = SqlQuery::run(m_database.connection(),
                               QStringLiteral("INSERT INTO preferences (key, value) VALUES (?, ?)"
                                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                               {key, value});
    if (!query)
        return query.error();
    return {};
}

} // namespace careerdesk
