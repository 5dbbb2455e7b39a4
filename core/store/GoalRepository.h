#pragma once

#include "Repository.h"
#include "domain/Goal.h"

namespace careerdesk {

class GoalRepository : public Repository<GoalRepository, Goal>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("goals"); }
    static QString orderBy() { return QStringLiteral("target_date IS NULL, target_date, id"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const Goal& goal);
    static Result<Goal> fromRecord(const QSqlRecord& record);

    Result<QList<Goal>> findByStatus(qint64 userId, GoalStatus status) const;
};

} // namespace careerdesk
