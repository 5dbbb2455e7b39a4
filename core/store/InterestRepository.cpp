#include "InterestRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString InterestRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("InterestRepository", "Interest %1").arg(id);
}

SqlRow InterestRepository::toRow(const Interest& interest)
{
    return {
        {QStringLiteral("user_id"), interest.userId},
        {QStringLiteral("name"), SqlValues::fromText(interest.name)},
        {QStringLiteral("description"), SqlValues::fromText(interest.description)},
        {QStringLiteral("category"), enumKey(interest.category)},
        {QStringLiteral("priority"), enumKey(interest.priority)},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(interest.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(interest.updatedAt)},
    };
}

Result<Interest> InterestRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    Interest interest;
    interest.id = read.id();
    interest.userId = read.id("user_id");
    interest.name = read.text("name");
    interest.description = read.text("description");
    interest.category = read.enumValue<InterestCategory>("category");
    interest.priority = read.enumValue<Priority>("priority");
    interest.createdAt = read.time("created_at");
    interest.updatedAt = read.time("updated_at");
    return read.finish(interest);
}

Result<QList<Interest>> InterestRepository::findByCategory(qint64 userId, InterestCategory category) const
{
    return selectWhere(QStringLiteral("user_id = ? AND category = ?"), {userId, enumKey(category)});
}

} // namespace careerdesk
