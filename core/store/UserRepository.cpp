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

Result<QString> UserRepository::signedInLogin() const
{
    if (!m_database.isServer())
        return QString();
    auto login = SqlQuery::scalar(connection(), QStringLiteral("SELECT CAST(current_user AS TEXT)"));
    if (!login)
        return login.error();
    return login->toString();
}

Result<std::optional<User>> UserRepository::findSignedIn() const
{
    auto login = signedInLogin();
    if (!login)
        return login.error();
    if (login->isEmpty())
        return std::optional<User>();
    return findByLogin(*login);
}

Result<std::optional<User>> UserRepository::findByLogin(const QString& login) const
{
    auto users = selectWhere(QStringLiteral("login = ?"), {login});
    if (!users)
        return users.error();
    return users->isEmpty() ? std::optional<User>() : std::optional<User>(users->constFirst());
}

Result<bool> UserRepository::isCoachOf(qint64 coachId, qint64 clientId) const
{
    auto counted = SqlQuery::scalar(
        connection(),
        QStringLiteral("SELECT count(*) FROM coach_assignments WHERE coach_id = ? AND client_id = ?"),
        {coachId, clientId});
    if (!counted)
        return counted.error();
    return counted->toLongLong() > 0;
}

Result<QList<qint64>> UserRepository::clientIdsOf(qint64 coachId) const
{
    auto rows = SqlQuery::run(
        connection(),
        QStringLiteral("SELECT client_id FROM coach_assignments WHERE coach_id = ? ORDER BY client_id"),
        {coachId});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    for (QSqlQuery query = std::move(rows).value(); query.next();)
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace careerdesk
