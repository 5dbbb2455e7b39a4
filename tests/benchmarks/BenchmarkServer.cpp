#include "BenchmarkServer.h"

#include "store/ServerAccess.h"
#include "store/ServerAddress.h"
#include "store/SqlQuery.h"

#include <QSqlError>
#include <QUrl>

namespace careerdesk {

namespace {

// `address` with another database; its options (sslmode…) and password stay.
QString withDatabase(const QString& address, const QString& database)
{
    QUrl url(address);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace

Result<QString> BenchmarkServer::freshDatabase(const QString& address, const QString& name)
{
    auto server = ServerAddress::parse(address);
    if (!server)
        return server.error();
    const QString connectionName = QStringLiteral("benchmark-server-") + name;
    Status made;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        server->configure(connection);
        if (!connection.open()) {
            made = Error{QStringLiteral("Cannot connect to %1: %2")
                             .arg(server->shown(), connection.lastError().databaseText().trimmed())};
        } else {
            const QStringList statements{QStringLiteral("SET client_min_messages = warning"),
                                         QStringLiteral("DROP DATABASE IF EXISTS ") + name,
                                         QStringLiteral("CREATE DATABASE ") + name};
            for (const QString& statement : statements) {
                if (auto ran = SqlQuery::run(connection, statement); !ran) {
                    made = ran.error();
                    break;
                }
            }
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!made)
        return made.error();
    return withDatabase(address, name);
}

Result<BenchmarkServer> BenchmarkServer::administer(const QString& address)
{
    auto opened = Workspace::open(address, {}, Database::OpenMode::Administer);
    if (!opened)
        return opened.error();
    BenchmarkServer server;
    server.m_administrator = std::move(opened).value();
    const Database& database = server.m_administrator->database();
    if (!database.isServer())
        return Error{
            QStringLiteral("%1 is no server address (postgresql://USER@HOST:PORT/DATABASE)").arg(address)};
    const QString login = QString::fromLatin1(personLogin);
    // A login of the whole server, made once; its name is the fixed one above.
    if (auto made =
            SqlQuery::run(database.connection(),
                          QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname"
                                         " = '%1') THEN CREATE ROLE %1 LOGIN; END IF; END $$")
                              .arg(login));
        !made)
        return made.error();
    const ServerAccess access(database);
    if (Status applied = access.applyPolicies(); !applied)
        return applied.error();
    User person;
    person.email = QString::fromLatin1(personEmail);
    person.firstName = QStringLiteral("Bench");
    person.createdAt = person.updatedAt = server.m_administrator->clock().now();
    auto added = access.addPerson(person, login, false);
    if (!added)
        return added.error();
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return parsed.error();
    server.m_personAddress =
        parsed->withUser(login).remembered(); // the administrator's password stays theirs
    server.m_personId = added->id;
    return server;
}

} // namespace careerdesk
