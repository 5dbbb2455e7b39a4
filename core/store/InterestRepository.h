#pragma once

#include "Repository.h"
#include "domain/Interest.h"

namespace careerdesk {

class InterestRepository : public Repository<InterestRepository, Interest>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("interests"); }
    static QString orderBy() { return QStringLiteral("name, id"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const Interest& interest);
    static Result<Interest> fromRecord(const QSqlRecord& record);

    Result<QList<Interest>> findByCategory(qint64 userId, InterestCategory category) const;
};

} // namespace careerdesk
