#pragma once

#include "Repository.h"
#include "domain/User.h"

namespace careerdesk {

class UserRepository : public Repository<UserRepository, User>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("users"); }
    static QString orderBy() { return QStringLiteral("last_name, first_name, id"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const User& user);
    static Result<User> fromRecord(const QSqlRecord& record);

    Result<QList<User>> findAll() const;
    Result<std::optional<User>> findByEmail(const QString& email) const;
    Result<std::optional<User>> findByLogin(const QString& login) const;
    // On a server, the login role this connection runs as; empty for a file.
    Result<QString> signedInLogin() const;
    // On a server, the person whose login this connection runs as, if that login is a person.
    Result<std::optional<User>> findSignedIn() const;
    Result<bool> isCoachOf(qint64 coachId, qint64 clientId) const;
    Result<QList<qint64>> clientIdsOf(qint64 coachId) const; // the clients assigned to a coach
};

} // namespace careerdesk
