#pragma once

#include "Migrations.h"
#include "SqlDialect.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace careerdesk {

// One CareerDesk database: where it is, its schema, and one connection per thread that uses it.
// Opening applies the pending migrations; a database written by a newer CareerDesk is refused
// and left as it was.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    using MigrationSource = std::vector<Migration> (*)(SqlDialect);

    // `location` is a file path; empty means the default file under AppDataLocation. Tests may
    // pass other migrations to see how an upgrade behaves.
    static Result<std::unique_ptr<Database>> open(const QString& location,
                                                  MigrationSource migrations = &Migrations::all);
    static QString defaultLocation();

    QString location() const { return m_location; }
    SqlDialect dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    QString backupPath() const { return m_backupPath; } // the copy kept before the last migration

    // The calling thread's connection, opened on first use; never share it with another thread.
    QSqlDatabase connection() const;

private:
    Database(QString location, SqlDialect dialect, std::vector<Migration> migrations);
    int latestVersion() const;
    QString connectionName() const; // the calling thread's
    Result<QSqlDatabase> openConnection(const QString& name) const;
    Status prepareSchema();
    Result<int> readSchemaVersion(const QSqlDatabase& connection) const;
    Status keepBackup(const QSqlDatabase& connection, int fromVersion);
    Status migrate(const QSqlDatabase& connection, int fromVersion);

    QString m_location;
    SqlDialect m_dialect;
    std::vector<Migration> m_migrations;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    QString m_backupPath;
    mutable QMutex m_connectionsMutex;
    mutable QStringList m_connectionNames;
};

} // namespace careerdesk
