#pragma once

#include "Migrations.h"
#include "SchemaReferences.h"
#include "ServerAddress.h"
#include "SqlDialect.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace careerdesk {

// One CareerDesk database, an SQLite file or a database on a PostgreSQL server: where it is, its schema,
// and one connection per thread that uses it. Opening a file applies the pending migrations; a server's
// schema is created and upgraded by its administrator only (OpenMode::Administer). A database written by
// a newer CareerDesk is refused and left as it was. A damaged file is opened read-only: nothing is ever
// written to it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    using MigrationSource = std::vector<Migration> (*)(SqlDialect);

    enum class OpenMode {
        CreateIfMissing, // the window and commands that write: a new file is made owner-only (0600)
        MustExist,       // commands that only read: a missing file is an error, nothing is created
        Administer,      // --init-server: creates or upgrades a server's schema (on a file: CreateIfMissing)
    };

    // `location` is a file path or a server address (ServerAddress); empty means the default file under
    // AppDataLocation. Tests may pass other migrations to see how an upgrade behaves.
    static Result<std::unique_ptr<Database>> open(const QString& location,
                                                  OpenMode mode = OpenMode::CreateIfMissing,
                                                  MigrationSource migrations = &Migrations::all);
    // The database of this computer's person when no other is named: where Move Database… put it (kept in
    // QSettings), else careerdesk.sqlite in the application's data folder.
    static QString defaultLocation();
    static void setDefaultLocation(const QString& path); // empty: back to the standard place
    static QString movedLocation(); // where Move Database… put it; empty when not moved

    // The file's path, or the server address without its password.
    QString location() const { return m_location; }
    bool isServer() const { return m_dialect == SqlDialect::PostgreSql; }
    // Where the server is; nullptr for a file.
    const ServerAddress* serverAddress() const { return m_server ? &*m_server : nullptr; }
    SqlDialect dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    // Whether the server's row-level security policies bind this login (a person's), rather than let it
    // through as the owner of the tables (the administrator). Always false for a file.
    bool isHeldToPolicies() const { return m_heldToPolicies; }
    QString backupPath() const { return m_backupPath; } // the copy kept before the last migration

    // The calling thread's connection, opened on first use; never share it with another thread.
    QSqlDatabase connection() const;
    // Whether the calling thread's connection is up: false once a server dropped it (restarted, or the
    // network went), until reconnect() succeeds. A file's connection is always up.
    bool isConnected() const;
    // Opens the calling thread's connection to the server again, as it was first opened.
    Status reconnect() const;

    // Files up to this size are checked (PRAGMA quick_check) as they are opened; a larger one is
    // checked by whoever opened it, in the background (checkIntegrity).
    // (quick_check reads some 200 MiB a second here: 24 s for the 4.6 GiB of a million postings.)
    static constexpr qint64 checkedAtOpenBytes = 128LL * 1024 * 1024;
    enum class Check { Quick, Full };
    // Reads the whole file through the calling thread's connection; the problems found, or none.
    // Problems make the database read-only from then on. A server checks its own pages: there, none.
    Result<QStringList> checkIntegrity(Check check) const;
    bool integrityChecked() const { return m_integrityChecked; }
    // What is wrong with the file when a check found damage; empty when none was found.
    QString damage() const;
    bool isReadOnly() const { return !damage().isEmpty(); }

    // How long a write waits for another program's write to finish before it gives up.
    static constexpr int writeWaitLimitMs = 60000;
    // Called, on the thread that waits, while a write waits for another writer (after the first
    // few hundred milliseconds, then again and again with the time waited so far). Any thread may
    // wait, so the observer must check which thread calls it before it touches anything of its own.
    void setWaitObserver(std::function<void(int waitedMs)> observer);

    // The references between tables (SchemaReferences), read from the schema once, through the calling
    // thread's connection.
    Result<QList<SchemaReferences::ForeignKey>> foreignKeys() const;

    // Who saves through this database, as others are told when a save of theirs meets a newer row
    // ("changed by …"): the person the window or command works for.
    void setSessionName(const QString& name);
    QString sessionName() const;

private:
    Database(QString location, SqlDialect dialect, std::vector<Migration> migrations);
    static Result<std::unique_ptr<Database>> openFile(const QString& location, OpenMode mode,
                                                      MigrationSource migrations);
    static Result<std::unique_ptr<Database>> openServer(const QString& location, OpenMode mode,
                                                        MigrationSource migrations);
    int latestVersion() const;
    QString connectionName() const; // the calling thread's
    Result<QSqlDatabase> openConnection(const QString& name) const;
    Result<QSqlDatabase> openFileConnection(QSqlDatabase connection) const;
    Result<QSqlDatabase> openServerConnection(QSqlDatabase connection) const;
    void installBusyHandler(const QSqlDatabase& connection) const;
    static int waitForWriter(void* database, int attempt);
    Status prepareSchema();
    Status prepareServerSchema(OpenMode mode);
    Result<int> readSchemaVersion(const QSqlDatabase& connection) const;
    Result<bool> hasTable(const QSqlDatabase& connection, const QString& table) const;
    Result<int> countTables(const QSqlDatabase& connection) const;
    QString newerSchemaMessage(int version) const;
    Status keepBackup(int fromVersion);
    Status migrate(const QSqlDatabase& connection, int fromVersion);
    void markDamaged(const QStringList& problems) const;

    QString m_location;
    SqlDialect m_dialect;
    std::optional<ServerAddress> m_server;
    std::vector<Migration> m_migrations;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    bool m_heldToPolicies = false;
    QString m_backupPath;
    mutable QMutex m_connectionsMutex;
    mutable QStringList m_connectionNames;
    mutable QString m_damage;                   // guarded by m_connectionsMutex
    mutable std::atomic<bool> m_damaged{false}; // a hint for connection(), read without the mutex
    mutable std::atomic<bool> m_integrityChecked{false};
    mutable QMutex m_waitObserverMutex;
    std::function<void(int)> m_waitObserver; // guarded by m_waitObserverMutex
    QString m_sessionName;                   // guarded by m_waitObserverMutex
    mutable QMutex m_referencesMutex;
    mutable std::optional<QList<SchemaReferences::ForeignKey>> m_foreignKeys; // guarded by m_referencesMutex
};

} // namespace careerdesk
