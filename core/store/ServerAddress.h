#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace careerdesk {

// Where a CareerDesk database on a PostgreSQL server is, as people write it for psql:
//   postgresql://USER@HOST:PORT/DBNAME?sslmode=require
// A password may be part of the address but is never shown; without one, libpq finds it as it does
// for psql (PGPASSWORD, ~/.pgpass).
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // Whether `location` names a server (postgresql:// or postgres://) rather than a file.
    static bool isServerAddress(const QString& location);
    // The address, or what is wrong with it (an unknown option, no database name…).
    static Result<ServerAddress> parse(const QString& location);

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    // The address without its password: what messages and titles show.
    QString shown() const;
    // The address with its options but without its password: what the recent servers remember, and
    // the keyring's name for its password.
    QString remembered() const;
    QString option(const QString& key) const; // a libpq option given in the address, or empty
    // The same server, another database on it (tests and administration make and drop databases).
    ServerAddress withDatabase(const QString& databaseName) const;
    // The same database as another login, without this address's password (tests and administration
    // open it as a person).
    ServerAddress withUser(const QString& user) const;

    // Sets up a QPSQL connection to this address (not yet opened).
    void configure(QSqlDatabase& connection) const;

private:
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QStringList m_options; // libpq connection options, "key=value"
};

} // namespace careerdesk
