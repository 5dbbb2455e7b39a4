#include "UserService.h"

#include "Validator.h"

#include <QRegularExpression>

namespace careerdesk {

namespace {

const QString lastUserKey = QStringLiteral("last_user_id");

} // namespace

UserService::UserService(const Database& database, const Clock& clock, QObject* parent)
    : EntityService(database, clock, parent)
    , m_users(database)
    , m_preferences(database)
{}

bool UserService::isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>.]+$"));
    return pattern.match(email).hasMatch();
}

Status UserService::validate(const User& user) const
{
    return Validator()
        .required(tr("Email"), user.email)
        .check(user.email.trimmed().isEmpty() || isValidEmail(user.email),
               tr("\"%1\" is not an email address").arg(user.email))
        .maxLength(tr("Email"), user.email, 320)
        .maxLength(tr("First name"), user.firstName)
        .maxLength(tr("Last name"), user.lastName)
        .status();
}

Result<QList<User>> UserService::listUsers() const
{
    return m_users.findAll();
}

Result<User> UserService::getUser(qint64 id) const
{
    return m_users.get(id);
}

Result<QList<User>> UserService::clientsOf(qint64 coachId) const
{
    auto assigned = m_users.clientIdsOf(coachId);
    if (!assigned)
        return assigned.error();
    QList<User> clients;
    if (assigned->isEmpty() && !database().isServer()) {
        auto everyone = m_users.findAll();
        if (!everyone)
            return everyone.error();
        for (const User& user : *everyone) {
            if (user.id != coachId)
                clients << user;
        }
        return clients;
    }
    for (qint64 id : *assigned) {
        auto client = m_users.get(id);
        if (!client)
            return client.error();
        clients << client.value();
    }
    return clients;
}

Result<std::optional<User>> UserService::getUserByEmail(const QString& email) const
{
    return m_users.findByEmail(email.trimmed());
}

Result<User> UserService::createUser(User user)
{
    user.email = user.email.trimmed();
    if (Status valid = validate(user); !valid)
        return valid.error();
    auto existing = m_users.findByEmail(user.email);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{tr("A user with the email %1 already exists").arg(user.email)};
    if (!user.createdAt.isValid())
        user.createdAt = now();
    user.updatedAt = now();
    auto inserted = m_users.insert(user);
    if (inserted)
        announce(&EntityService::created, inserted->id);
    return inserted;
}

Result<User> UserService::updateUser(User user)
{
    user.email = user.email.trimmed();
    if (Status valid = validate(user); !valid)
        return valid.error();
    auto stored = m_users.get(user.id);
    if (!stored)
        return stored.error();
    auto sameEmail = m_users.findByEmail(user.email);
    if (!sameEmail)
        return sameEmail.error();
    if (sameEmail.value() && sameEmail.value()->id != user.id)
        return Error{tr("A user with the email %1 already exists").arg(user.email)};
    user.createdAt = stored->createdAt;
    user.updatedAt = now();
    if (Status updated = m_users.update(user); !updated)
        return updated.error();
    announce(&EntityService::changed, user.id);
    return user;
}

Status UserService::deleteUser(qint64 id)
{
    Status removedRow = m_users.remove(id);
    if (removedRow)
        announce(&EntityService::removed, id);
    return removedRow;
}

Result<User> UserService::resolveSignedIn(const User& me, const QString& email) const
{
    if (email.trimmed().isEmpty() || email.trimmed().compare(me.email, Qt::CaseInsensitive) == 0)
        return me;
    auto other = m_users.findByEmail(email.trimmed());
    if (!other)
        return other.error();
    if (other->has_value()) {
        auto coaching = m_users.isCoachOf(me.id, other->value().id);
        if (!coaching)
            return coaching.error();
        if (*coaching)
            return other->value();
    }
    return Error{
        tr("You are signed in as %1, who may open their own data and their clients'; %2 is not a client "
           "of yours")
            .arg(me.email, email.trimmed())};
}

Result<User> UserService::resolveUser(const QString& email, bool createIfMissing)
{
    // On a server the login decides who a person is.
    auto signedIn = m_users.findSignedIn();
    if (!signedIn)
        return signedIn.error();
    if (signedIn->has_value())
        return resolveSignedIn(signedIn->value(), email);
    if (!email.isEmpty()) {
        auto found = m_users.findByEmail(email.trimmed());
        if (!found)
            return found.error();
        if (found.value())
            return *found.value();
        if (!createIfMissing)
            return Error{tr("No user has the email %1").arg(email)};
        User user;
        user.email = email;
        return createUser(user);
    }
    auto users = m_users.findAll();
    if (!users)
        return users.error();
    if (users->isEmpty()) {
        auto login = m_users.signedInLogin();
        if (login && !login->isEmpty())
            return Error{
                tr("The login \"%1\" is no CareerDesk person of this database. Ask its administrator to "
                   "add you: careerdesk --database … --add-person EMAIL --login %1")
                    .arg(*login)};
        return Error{tr("The database has no user yet; give one with --user EMAIL")};
    }
    auto lastId = m_preferences.value(lastUserKey);
    if (!lastId)
        return lastId.error();
    for (const User& user : users.value()) {
        if (QString::number(user.id) == lastId.value())
            return user;
    }
    if (users->size() == 1)
        return users->constFirst();
    QStringList emails;
    for (const User& user : users.value())
        emails << user.email;
    return Error{tr("The database has several users; choose one with --user EMAIL: %1")
                     .arg(emails.join(QStringLiteral(", ")))};
}

Status UserService::rememberCurrentUser(qint64 id)
{
    // A person signed in to a server is who their login says: there is nothing to remember.
    auto signedIn = m_users.findSignedIn();
    if (!signedIn)
        return signedIn.error();
    if (signedIn->has_value())
        return {};
    return m_preferences.setValue(lastUserKey, QString::number(id));
}

} // namespace careerdesk
