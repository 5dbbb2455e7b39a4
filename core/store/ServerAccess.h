#pragma once

#include "Database.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>

namespace careerdesk {

// Who may see what on a CareerDesk server, as its administrator (the database's owner) sets it up: the
// group roles, privileges and row-level security policies of sql/server-access.sql, which login is
// which person, and which coach follows which client. Every call can be repeated; each is all or nothing.
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccess)

public:
    explicit ServerAccess(const Database& database);

    // The statements of sql/server-access.sql, one by one (for the README, and for tests).
    static QStringList policyStatements();
    // Creates or refreshes the roles, privileges and policies (after the schema: --init-server).
    Status applyPolicies() const;
    // Maps the existing login role `login` to the person with `person.email`, adding the person when
    // there is none (names are changed only when given), and makes the role a member of
    // careerdesk_person, or of careerdesk_coach when `coach` (a person who is no longer a coach stops
    // being one). Returns the person.
    Result<User> addPerson(const User& person, const QString& login, bool coach) const;
    Status assignCoach(const QString& coachEmail, const QString& clientEmail) const;
    Status unassignCoach(const QString& coachEmail, const QString& clientEmail) const;

private:
    struct Pair
    {
        qint64 coach;
        qint64 client;
    };
    Result<Pair> coachAndClient(const QString& coachEmail, const QString& clientEmail) const;
    Status requireServer() const;
    Result<qint64> personId(const QString& email) const;
    Status run(const QString& sql, const QVariantList& values = {}) const;

    const Database& m_database;
};

} // namespace careerdesk
