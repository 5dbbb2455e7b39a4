#include "Database.h"

#include "Migrations.h"
#include "SqlQuery.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>

namespace careerdesk {

namespace {

constexpr int busyTimeoutMs = 5000;

// Connections belong to the thread that opened them. A thread's address can come back with a later
// thread once it has ended (QThreadPool retires threads idle for 30 s), so threads are told apart by
// a serial number instead, and the connections a thread opened are closed as it ends.
class ThreadConnections
{
public:
    ThreadConnections()
        : m_serial(++s_serials)
    {}
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(m_names)) {
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
        }
    }
    quint64 serial() const { return m_serial; }
    void opened(const QString& name) { m_names << name; }

private:
    static inline std::atomic<quint64> s_serials{0};
    quint64 m_serial;
    QStringList m_names;
};

ThreadConnections& threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

} // namespace

Database::Database(QString location, SqlDialect dialect, std::vector<Migration> migrations)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_migrations(std::move(migrations))
    , m_connectionPrefix(QStringLiteral("careerdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    const QMutexLocker lock(&m_connectionsMutex);
    for (const QString& name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString Database::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/careerdesk.sqlite");
}

int Database::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, MigrationSource migrations)
{
    const QString path = location.isEmpty() ? defaultLocation() : location;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{tr("%1 is not a database file (it is a folder or a device)").arg(path)};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("Cannot create the folder %1 for the database").arg(info.absolutePath())};

    std::unique_ptr<Database> database(
        new Database(info.absoluteFilePath(), SqlDialect::Sqlite, migrations(SqlDialect::Sqlite)));
    if (Status prepared = database->prepareSchema(); !prepared)
        return prepared.error();
    return database;
}

QString Database::connectionName() const
{
    return m_connectionPrefix + QLatin1Char('-') + QString::number(threadConnections().serial());
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    // A connection that fails to open reports it on its first statement.
    auto opened = openConnection(name);
    return opened ? opened.value() : QSqlDatabase::database(name, false);
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    {
        const QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames << name;
    }
    threadConnections().opened(name);
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!connection.isValid())
        return Error{tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)")};
    connection.setDatabaseName(m_location);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!connection.open())
        return Error{tr("Cannot open the database %1: %2").arg(m_location, connection.lastError().text())};
    // Connection settings only: none of these writes to the file.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (auto done = SqlQuery::run(connection, QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    return connection;
}

Status Database::prepareSchema()
{
    auto opened = openConnection(connectionName());
    if (!opened)
        return Error{tr("Cannot open the database %1: %2").arg(m_location, opened.errorMessage())};
    const QSqlDatabase db = opened.value();

    auto version = readSchemaVersion(db);
    if (!version)
        return version.error();
    if (*version > latestVersion())
        return Error{tr("The database %1 was written by a newer CareerDesk (schema version %2; this program "
                        "knows up to %3). It was left unchanged; open it with a newer CareerDesk.")
                         .arg(m_location)
                         .arg(*version)
                         .arg(latestVersion())};

    if (auto wal = SqlQuery::run(db, QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
        return wal.error();

    if (*version < latestVersion()) {
        if (*version > 0) {
            if (Status kept = keepBackup(db, *version); !kept)
                return kept;
        }
        if (Status migrated = migrate(db, *version); !migrated)
            return migrated;
    }
    m_schemaVersion = latestVersion();
    return {};
}

Result<int> Database::readSchemaVersion(const QSqlDatabase& connection) const
{
    auto tables = SqlQuery::run(connection,
                                QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name = ?"),
                                {QStringLiteral("table"), QStringLiteral("schema_info")});
    if (!tables) {
        return Error{tr("%1 is not a CareerDesk database, or it is damaged: %2")
                         .arg(m_location, tables.errorMessage())};
    }
    if (!tables.value().next()) {
        auto anyTable = SqlQuery::run(connection, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (anyTable && anyTable.value().next() && anyTable.value().value(0).toInt() > 0)
            return Error{tr("%1 is an SQLite database of another program; CareerDesk leaves it alone")
                             .arg(m_location)};
        return 0;
    }
    auto version = SqlQuery::run(connection, QStringLiteral("SELECT version FROM schema_info"));
    if (!version)
        return version.error();
    if (!version.value().next())
        return Error{tr("%1 has no schema version; it is damaged").arg(m_location)};
    return version.value().value(0).toInt();
}

Status Database::keepBackup(const QSqlDatabase& connection, int fromVersion)
{
    QString backup = m_location + QStringLiteral(".schema-v%1.bak").arg(fromVersion);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_location + QStringLiteral(".schema-v%1-%2.bak").arg(fromVersion).arg(n);
    // VACUUM INTO writes a consistent copy, including what still sits in the WAL file.
    if (auto copied = SqlQuery::run(connection, QStringLiteral("VACUUM INTO ?"), {backup}); !copied)
        return Error{
            tr("Could not keep a copy of %1 before upgrading it: %2").arg(m_location, copied.errorMessage())};
    m_backupPath = backup;
    return {};
}

Status Database::migrate(const QSqlDatabase& connection, int fromVersion)
{
    QSqlDatabase db = connection;
    if (!db.transaction())
        return Error{tr("Cannot start the schema upgrade of %1: %2").arg(m_location, db.lastError().text())};

    auto fail = [&](const QString& why) -> Status {
        db.rollback();
        return Error{tr("Upgrading the schema of %1 failed, nothing was changed: %2").arg(m_location, why)};
    };

    if (fromVersion == 0) {
        if (auto created = SqlQuery::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_info"
                                                            " (version INTEGER NOT NULL)"));
            !created)
            return fail(created.errorMessage());
        if (auto cleared = SqlQuery::run(db, QStringLiteral("DELETE FROM schema_info")); !cleared)
            return fail(cleared.errorMessage());
        if (auto stamped =
                SqlQuery::run(db, QStringLiteral("INSERT INTO schema_info (version) VALUES (?)"), {0});
            !stamped)
            return fail(stamped.errorMessage());
    }
    for (const Migration& migration : m_migrations) {
        if (migration.version <= fromVersion)
            continue;
        for (const QString& statement : migration.statements) {
            if (auto done = SqlQuery::run(db, statement); !done)
                return fail(done.errorMessage());
        }
        if (auto stamped =
                SqlQuery::run(db, QStringLiteral("UPDATE schema_info SET version = ?"), {migration.version});
            !stamped)
            return fail(stamped.errorMessage());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return {};
}

} // namespace careerdesk
