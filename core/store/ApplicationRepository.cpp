#include "ApplicationRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString ApplicationRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("ApplicationRepository", "Application %1").arg(id);
}

SqlRow ApplicationRepository::toRow(const Application& application)
{
    return {
        {QStringLiteral("user_id"), application.userId},
        {QStringLiteral("opportunity_id"), application.opportunityId},
        {QStringLiteral("application_status"), enumKey(application.applicationStatus)},
        {QStringLiteral("applied_at"), SqlValues::fromDateTime(application.appliedAt)},
        {QStringLiteral("notes"), SqlValues::fromText(application.notes)},
        {QStringLiteral("cover_letter_id"), SqlValues::fromId(application.coverLetterId)},
        {QStringLiteral("resume_id"), SqlValues::fromId(application.resumeId)},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(application.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(application.updatedAt)},
    };
}

Result<Application> ApplicationRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    Application application;
    application.id = read.id();
    application.userId = read.id("user_id");
    application.opportunityId = read.id("opportunity_id");
    application.applicationStatus = read.enumValue<ApplicationStatus>("application_status");
    application.appliedAt = read.time("applied_at");
    application.notes = read.text("notes");
    application.coverLetterId = read.id("cover_letter_id");
    application.resumeId = read.id("resume_id");
    application.createdAt = read.time("created_at");
    application.updatedAt = read.time("updated_at");
    return read.finish(application);
}

Result<QList<Application>> ApplicationRepository::findByStatus(qint64 userId,
                                                                       ApplicationStatus status) const
{
    return selectWhere(QStringLiteral("user_id = ? AND application_status = ?"), {userId, enumKey(status)});
}

Result<std::optional<Application>>
ApplicationRepository::findByOpportunity(qint64 userId, qint64 opportunityId) const
{
    auto rows = selectWhere(QStringLiteral("user_id = ? AND opportunity_id = ?"), {userId, opportunityId});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<Application>();
    return std::optional<Application>(rows.value().constFirst());
}

} // namespace careerdesk
