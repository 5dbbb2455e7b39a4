#pragma once

#include "Repository.h"
#include "domain/UserOpportunity.h"

namespace careerdesk {

class UserOpportunityRepository : public Repository<UserOpportunityRepository, UserOpportunity>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("user_opportunities"); }
    static QString orderBy() { return QStringLiteral("updated_at DESC, id DESC"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const UserOpportunity& application);
    static Result<UserOpportunity> fromRecord(const QSqlRecord& record);

    Result<QList<UserOpportunity>> findByStatus(qint64 userId, ApplicationStatus status) const;
    Result<std::optional<UserOpportunity>> findByOpportunity(qint64 userId, qint64 opportunityId) const;
};

} // namespace careerdesk
