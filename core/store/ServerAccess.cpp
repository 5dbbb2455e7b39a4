#include "ServerAccess.h"

#include "SqlQuery.h"
#include "SqlValues.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QFile>

namespace careerdesk {

namespace {

// Splits an SQL script into statements at the semicolons that end them: not those inside quotes,
// dollar-quoted bodies ($$ … $$) or -- comments.
QStringList statementsOf(const QString& script)
{
    QStringList statements;
    QString current;
    bool inQuote = false;
    bool inDollar = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inQuote && !inDollar && c == QLatin1Char('-') && script.mid(i, 2) == QLatin1String("--")) {
            i = script.indexOf(QLatin1Char('\n'), i);
            if (i < 0)
                break;
            current += QLatin1Char('\n');
            continue;
        }
        if (!inQuote && script.mid(i, 2) == QLatin1String("$$")) {
            inDollar = !inDollar;
            current += QStringLiteral("$$");
            ++i;
            continue;
        }
        if (!inDollar && c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (!inQuote && !inDollar && c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

ServerAccess::ServerAccess(const Database& database)
    : m_database(database)
{}

QStringList ServerAccess::policyStatements()
{
    QFile script(QStringLiteral(":/careerdesk/store/sql/server-access.sql"));
    if (!script.open(QIODevice::ReadOnly))
        return {};
    return statementsOf(QString::fromUtf8(script.readAll()));
}

Status ServerAccess::requireServer() const
{
    if (m_database.isServer())
        return {};
    return Error{tr("%1 is a file: logins, roles and policies belong to a database on a PostgreSQL server "
                    "(--database postgresql://…)")
                     .arg(m_database.location())};
}

Status ServerAccess::run(const QString& sql, const QVariantList& values) const
{
    auto done = SqlQuery::run(m_database.connection(), sql, values);
    return done ? Status() : Status(done.error());
}

Status ServerAccess::applyPolicies() const
{
    if (Status server = requireServer(); !server)
        return server;
    const QStringList statements = policyStatements();
    if (statements.isEmpty())
        return Error{tr("The policies (sql/server-access.sql) are missing from this build of CareerDesk")};
    Transaction transaction(m_database.connection());
    if (Status begun = transaction.begun(); !begun)
        return begun;
    for (const QString& statement : statements) {
        if (Status done = run(statement); !done)
            return Error{
                tr("Setting up who sees what failed, nothing was changed: %1").arg(done.errorMessage())};
    }
    return transaction.commit();
}

Result<qint64> ServerAccess::personId(const QString& email) const
{
    auto person = UserRepository(m_database).findByEmail(email.trimmed());
    if (!person)
        return person.error();
    if (!person->has_value())
        return Error{tr("No person has the email %1").arg(email)};
    return person.value()->id;
}

Result<User> ServerAccess::addPerson(const User& person, const QString& login, bool coach) const
{
    if (Status server = requireServer(); !server)
        return server.error();
    auto canLogIn =
        SqlQuery::scalar(m_database.connection(),
                         QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login});
    if (!canLogIn)
        return canLogIn.error();
    if (canLogIn->isNull())
        return Error{
            tr("There is no role \"%1\" on the server; create the login first, e.g. CREATE ROLE %1 LOGIN "
               "PASSWORD '…'")
                .arg(login)};
    if (!canLogIn->toBool())
        return Error{tr("The role \"%1\" cannot log in; a person's role needs LOGIN").arg(login)};
    // The server quotes the role's name itself: names cannot be bound in GRANT.
    auto quoted = SqlQuery::scalar(m_database.connection(),
                                   QStringLiteral("SELECT quote_ident(CAST(? AS TEXT))"), {login});
    if (!quoted)
        return quoted.error();

    Transaction transaction(m_database.connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    const UserRepository users(m_database);
    auto sameLogin = users.findByLogin(login);
    if (!sameLogin)
        return sameLogin.error();
    if (sameLogin->has_value() &&
        sameLogin->value().email.compare(person.email.trimmed(), Qt::CaseInsensitive) != 0)
        return Error{tr("The login \"%1\" is already %2").arg(login, sameLogin->value().email)};
    auto existing = users.findByEmail(person.email.trimmed());
    if (!existing)
        return existing.error();
    User stored;
    if (existing->has_value()) {
        stored = existing->value();
        if (!person.firstName.isEmpty())
            stored.firstName = person.firstName;
        if (!person.lastName.isEmpty())
            stored.lastName = person.lastName;
        stored.updatedAt = person.updatedAt;
        if (Status updated = users.update(stored); !updated)
            return updated.error();
    } else {
        auto inserted = users.insert(person);
        if (!inserted)
            return inserted.error();
        stored = inserted.value();
    }
    if (Status mapped = run(QStringLiteral("UPDATE users SET login = ? WHERE id = ?"), {login, stored.id});
        !mapped)
        return mapped.error();
    stored.login = login;
    auto wasCoach = SqlQuery::scalar(
        m_database.connection(),
        QStringLiteral("SELECT count(*) FROM pg_auth_members m"
                       " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member"
                       " WHERE g.rolname = 'careerdesk_coach' AND r.rolname = ?"),
        {login});
    if (!wasCoach)
        return wasCoach.error();
    const QString role = quoted->toString();
    QStringList statements{QStringLiteral("GRANT careerdesk_person TO ") + role};
    if (coach)
        statements << QStringLiteral("GRANT careerdesk_coach TO ") + role;
    else if (wasCoach->toLongLong() > 0)
        statements << QStringLiteral("REVOKE careerdesk_coach FROM ") + role;
    for (const QString& statement : std::as_const(statements)) {
        if (Status granted = run(statement); !granted)
            return granted.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<ServerAccess::Pair> ServerAccess::coachAndClient(const QString& coachEmail,
                                                        const QString& clientEmail) const
{
    auto coach = personId(coachEmail);
    if (!coach)
        return coach.error();
    auto client = personId(clientEmail);
    if (!client)
        return client.error();
    if (*coach == *client)
        return Error{tr("%1 cannot be their own coach").arg(coachEmail)};
    return Pair{*coach, *client};
}

Status ServerAccess::assignCoach(const QString& coachEmail, const QString& clientEmail) const
{
    auto pair = coachAndClient(coachEmail, clientEmail);
    if (!pair)
        return pair.error();
    return run(
        QStringLiteral("INSERT INTO coach_assignments (coach_id, client_id, created_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (coach_id, client_id) DO NOTHING"),
        {pair->coach, pair->client, SqlValues::fromDateTime(QDateTime::currentDateTimeUtc())});
}

Status ServerAccess::unassignCoach(const QString& coachEmail, const QString& clientEmail) const
{
    auto pair = coachAndClient(coachEmail, clientEmail);
    if (!pair)
        return pair.error();
    return run(QStringLiteral("DELETE FROM coach_assignments WHERE coach_id = ? AND client_id = ?"),
               {pair->coach, pair->client});
}

} // namespace careerdesk
