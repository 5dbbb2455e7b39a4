#pragma once

#include "SqlDialect.h"

#include <QStringList>

#include <vector>

namespace careerdesk {

// The versioned schema. Version N is reached by running the statements of every migration up to N,
// in order, inside one transaction.
struct Migration
{
    int version;
    QStringList statements;
};

class Migrations
{
public:
    static std::vector<Migration> all(SqlDialect dialect);
    static int latestVersion();
};

} // namespace careerdesk
