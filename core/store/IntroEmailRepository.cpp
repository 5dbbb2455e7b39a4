#include "IntroEmailRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString IntroEmailRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("IntroEmailRepository", "Intro email %1").arg(id);
}

SqlRow IntroEmailRepository::toRow(const IntroEmail& email)
{
    return {
        {QStringLiteral("user_id"), email.userId},
        {QStringLiteral("recipient"), SqlValues::fromText(email.recipient)},
        {QStringLiteral("subject"), SqlValues::fromText(email.subject)},
        {QStringLiteral("content"), SqlValues::fromText(email.content)},
        {QStringLiteral("purpose"), enumKey(email.purpose)},
        {QStringLiteral("opportunity_id"), SqlValues::fromId(email.opportunityId)},
        {QStringLiteral("sent_at"), SqlValues::fromDateTime(email.sentAt)},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(email.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(email.updatedAt)},
    };
}

Result<IntroEmail> IntroEmailRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    IntroEmail email;
    email.id = read.id();
    email.userId = read.id("user_id");
    email.recipient = read.text("recipient");
    email.subject = read.text("subject");
    email.content = read.text("content");
    email.purpose = read.enumValue<EmailPurpose>("purpose");
    email.opportunityId = read.id("opportunity_id");
    email.sentAt = read.time("sent_at");
    email.createdAt = read.time("created_at");
    email.updatedAt = read.time("updated_at");
    return read.finish(email);
}

} // namespace careerdesk
