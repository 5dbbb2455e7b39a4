#pragma once

#include "Database.h"
#include "domain/Result.h"

namespace careerdesk {

// Settings that belong to the database rather than to the machine, such as the last used user.
class PreferenceRepository
{
public:
    explicit PreferenceRepository(const Database& database);

    Result<QString> value(const QString& key) const; // empty when unset
    Status setValue(const QString& key, const QString& value) const;

private:
    const Database& m_database;
};

} // namespace careerdesk
