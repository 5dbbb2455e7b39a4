#pragma once

#include "Repository.h"
#include "domain/Application.h"

namespace careerdesk {

class ApplicationRepository : public Repository<ApplicationRepository, Application>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("applications"); }
    static QString orderBy() { return QStringLiteral("updated_at DESC, id DESC"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const Application& application);
    static Result<Application> fromRecord(const QSqlRecord& record);

    Result<QList<Application>> findByStatus(qint64 userId, ApplicationStatus status) const;
    Result<std::optional<Application>> findByOpportunity(qint64 userId, qint64 opportunityId) const;
};

} // namespace careerdesk
