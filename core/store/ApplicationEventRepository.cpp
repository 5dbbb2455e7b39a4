#include "ApplicationEventRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString ApplicationEventRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("ApplicationEventRepository", "Application event %1").arg(id);
}

SqlRow ApplicationEventRepository::toRow(const ApplicationEvent& event)
{
    return {
        {QStringLiteral("application_id"), event.applicationId},
        {QStringLiteral("from_status"),
         event.fromStatus ? QVariant(enumKey(*event.fromStatus)) : QVariant(QMetaType::fromType<QString>())},
        {QStringLiteral("to_status"), enumKey(event.toStatus)},
        {QStringLiteral("at"), SqlValues::fromDateTime(event.at)},
    };
}

Result<ApplicationEvent> ApplicationEventRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    ApplicationEvent event;
    event.id = read.id();
    event.applicationId = read.id("application_id");
    if (!read.isNull("from_status"))
        event.fromStatus = read.enumValue<ApplicationStatus>("from_status");
    event.toStatus = read.enumValue<ApplicationStatus>("to_status");
    event.at = read.time("at");
    return read.finish(event);
}

Result<QList<ApplicationEvent>> ApplicationEventRepository::findByApplication(qint64 applicationId) const
{
    return selectWhere(QStringLiteral("application_id = ?"), {applicationId});
}

Result<QHash<qint64, QList<ApplicationEvent>>> ApplicationEventRepository::findByUser(qint64 userId) const
{
    auto events = selectWhere(QStringLiteral("application_id IN"
                                             " (SELECT id FROM applications WHERE user_id = ?)"),
                              {userId});
    if (!events)
        return events.error();
    QHash<qint64, QList<ApplicationEvent>> byApplication;
    for (const ApplicationEvent& event : *events)
        byApplication[event.applicationId] << event;
    return byApplication;
}

} // namespace careerdesk
