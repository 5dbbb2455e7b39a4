#pragma once

#include "Repository.h"
#include "domain/ApplicationEvent.h"

namespace careerdesk {

class ApplicationEventRepository : public Repository<ApplicationEventRepository, ApplicationEvent>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("application_events"); }
    static QString orderBy() { return QStringLiteral("at, id"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const ApplicationEvent& event);
    static Result<ApplicationEvent> fromRecord(const QSqlRecord& record);

    Result<QList<ApplicationEvent>> findByApplication(qint64 applicationId) const;
    // Every event of every application of a user, in one query, by application.
    Result<QHash<qint64, QList<ApplicationEvent>>> findByUser(qint64 userId) const;
};

} // namespace careerdesk
