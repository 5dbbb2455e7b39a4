#include "UserRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

QString UserRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("UserRepository", "User %1").arg(id);
}

SqlRow UserRepository::toRow(const User& user)
{
    return {
        {QStringLiteral("email"), SqlValues::fromText(user.email)},
        {QStringLiteral("first_name"), SqlValues::fromText(user.firstName)},
        {QStringLiteral("last_name"), SqlValues::fromText(user.lastName)},
        {QStringLiteral("created_at"), SqlValues::fromDateTime(user.createdAt)},
        {QStringLiteral("updated_at"), SqlValues::fromDateTime(user.updatedAt)},
    };
}

Result<User> UserRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    User user;
    user.id = read.id();
    user.email = read.text("email");
    user.firstName = read.text("first_name");
    user.lastName = read.text("last_name");
    user.login = read.text("login");
    user.createdAt = read.time("created_at");
    user.updatedAt = read.time("updated_at");
    return read.finish(user);
}

Result<QList<User>> UserRepository::findAll() const
{
    return selectWhere(QStringLiteral("1 = 1"), {});
}

Result<std::optional<User>> UserRepository::findByEmail(const QString& email) const
{
    auto users = selectWhere(QStringLiteral("lower(email) = lower(?)"), {email});
    if (!users)
        return users.error();
    if (users.value().isEmpty())
        return std::optional<User>();
    return std::optional<User>(users.value().constFirst());
}

} // namespace careerdesk
