#pragma once

#include "EntityService.h"
#include "domain/User.h"
#include "store/PreferenceRepository.h"
#include "store/UserRepository.h"

namespace careerdesk {

// The people whose data a database keeps; a career coach keeps several.
class UserService : public EntityService
{
    Q_OBJECT

public:
    UserService(const Database& database, const Clock& clock, QObject* parent = nullptr);
    QString table() const override { return UserRepository::table(); }

    Result<QList<User>> listUsers() const;
    Result<User> getUser(qint64 id) const;
    Result<std::optional<User>> getUserByEmail(const QString& email) const;
    Result<User> createUser(User user);
    Result<User> updateUser(User user);
    Status deleteUser(qint64 id);

    // The person the window or a command works for: `email` when given (created when
    // `createIfMissing`), else the last used user, else the only one.
    Result<User> resolveUser(const QString& email, bool createIfMissing);
    // The people a coach follows: those assigned to them; in a file without assignments, everyone else
    // in it (whoever keeps several people's searches in one file coaches them).
    Result<QList<User>> clientsOf(qint64 coachId) const;
    Status rememberCurrentUser(qint64 id);

    static bool isValidEmail(const QString& email);

private:
    Status validate(const User& user) const;
    Result<User> resolveSignedIn(const User& me, const QString& email) const;

    UserRepository m_users;
    PreferenceRepository m_preferences;
};

} // namespace careerdesk
