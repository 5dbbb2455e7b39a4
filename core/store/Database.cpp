#include "Database.h"

#include "Backups.h"
#include "Migrations.h"
#include "SqlQuery.h"
#include "files/ProtectedFiles.h"
#include "files/SavedFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>
#include <optional>

namespace careerdesk {

namespace {

// The advisory lock that serialises schema upgrades on a server ("CDSK").
constexpr qint64 schemaLockKey = 0x4344534b;

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
        // A pool thread can end after the application object, as the process exits and Qt's own
        // globals (the connection registry among them) are being destroyed: then there is nothing left
        // to give back, and touching the registry would crash.
        if (!QCoreApplication::instance())
            return;
        for (const QString& name : std::as_const(m_names)) {
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
        }
    }
    quint64 serial() const { return m_serial; }
    void opened(const QString& name) { m_names << name; }
    bool isReadOnly(const QString& name) const { return m_readOnly.contains(name); }
    void madeReadOnly(const QString& name) { m_readOnly.insert(name); }

private:
    static inline std::atomic<quint64> s_serials{0};
    quint64 m_serial;
    QStringList m_names;
    QSet<QString> m_readOnly;
};

ThreadConnections& threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

sqlite3* nativeHandle(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Read-only from here on: no statement writes. (No connection folds the WAL into the file as it closes:
// see openConnection.)
void makeReadOnly(const QSqlDatabase& connection)
{
    (void)SqlQuery::run(connection, QStringLiteral("PRAGMA query_only = ON"));
    threadConnections().madeReadOnly(connection.connectionName());
}

} // namespace

Database::Database(QString location, SqlDialect dialect, std::vector<Migration> migrations)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_migrations(std::move(migrations))
    , m_connectionPrefix(QStringLiteral("careerdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!isServer())
        ProtectedFiles::protect(m_location, ProtectedFiles::Kind::Database);
}

Database::~Database()
{
    // The WAL is folded into the file here, once, by the thread that closes the database, and only when
    // the file is sound: connections never do it as they close (a damaged file must stay as it is).
    if (!isServer() && !m_damaged.load())
        (void)SqlQuery::run(connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    {
        const QMutexLocker lock(&m_connectionsMutex);
        for (const QString& name : std::as_const(m_connectionNames))
            QSqlDatabase::removeDatabase(name);
    }
    if (!isServer())
        ProtectedFiles::release(m_location, ProtectedFiles::Kind::Database);
}

namespace {

const QString movedLocationSetting = QStringLiteral("database/location");

} // namespace

QString Database::movedLocation()
{
    return QSettings().value(movedLocationSetting).toString();
}

QString Database::defaultLocation()
{
    const QString moved = movedLocation();
    if (!moved.isEmpty())
        return moved;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/careerdesk.sqlite");
}

void Database::setDefaultLocation(const QString& path)
{
    if (path.isEmpty())
        QSettings().remove(movedLocationSetting);
    else
        QSettings().setValue(movedLocationSetting, path);
}

int Database::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, OpenMode mode,
                                                 MigrationSource migrations)
{
    if (ServerAddress::isServerAddress(location))
        return openServer(location, mode, migrations);
    return openFile(location, mode, migrations);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& location, OpenMode mode,
                                                       MigrationSource migrations)
{
    auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    std::unique_ptr<Database> database(
        new Database(address->shown(), SqlDialect::PostgreSql, migrations(SqlDialect::PostgreSql)));
    database->m_server = *address;
    if (Status prepared = database->prepareServerSchema(mode); !prepared)
        return prepared.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& location, OpenMode mode,
                                                     MigrationSource migrations)
{
    const QString path = location.isEmpty() ? defaultLocation() : location;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{tr("%1 is not a database file (it is a folder or a device)").arg(shown)};
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            return Error{tr("There is no database at %1 (check the path; nothing was created)").arg(shown)};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{tr("Cannot create the folder %1 for the database")
                             .arg(QDir::toNativeSeparators(info.absolutePath()))};
        if (!SavedFile::createPrivate(path))
            return Error{tr("Cannot create the database %1 (is the folder writable?)").arg(shown)};
    }

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
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (m_damaged.load() && !threadConnections().isReadOnly(name))
            makeReadOnly(existing);
        return existing;
    }
    // A connection that fails to open reports it on its first statement.
    auto opened = openConnection(name);
    return opened ? opened.value() : QSqlDatabase::database(name, false);
}

bool Database::isConnected() const
{
    const QSqlDatabase current = connection();
    return current.driver() && current.driver()->isOpen();
}

Status Database::reconnect() const
{
    QSqlDatabase current = connection();
    if (!isServer())
        return {};
    current.close();
    auto opened = openServerConnection(current);
    return opened ? Status() : Status(opened.error());
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    {
        const QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames << name;
    }
    threadConnections().opened(name);
    if (isServer())
        return openServerConnection(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name));
    return openFileConnection(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name));
}

Result<QSqlDatabase> Database::openServerConnection(QSqlDatabase connection) const
{
    if (!connection.isValid())
        return Error{tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)")};
    m_server->configure(connection);
    if (!connection.open())
        return Error{
            tr("Cannot connect to %1: %2").arg(m_location, connection.lastError().databaseText().trimmed())};
    // The server's notices ("already exists, skipping") are for people at psql, not for our users.
    if (auto quiet = SqlQuery::run(connection, QStringLiteral("SET client_min_messages = warning")); !quiet)
        return quiet.error();
    return connection;
}

Result<QSqlDatabase> Database::openFileConnection(QSqlDatabase connection) const
{
    if (!connection.isValid())
        return Error{tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)")};
    connection.setDatabaseName(m_location);
    if (!connection.open())
        return Error{tr("Cannot open the database %1: %2")
                         .arg(QDir::toNativeSeparators(m_location), connection.lastError().databaseText())};
    installBusyHandler(connection);
    if (sqlite3* handle = nativeHandle(connection))
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    // Connection settings only: none of these writes to the file.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (auto done = SqlQuery::run(connection, QString::fromLatin1(pragma)); !done)
            return Error{tr("Cannot open the database %1: %2")
                             .arg(QDir::toNativeSeparators(m_location), done.errorMessage())};
    }
    if (m_damaged.load())
        makeReadOnly(connection);
    return connection;
}

void Database::installBusyHandler(const QSqlDatabase& connection) const
{
    if (sqlite3* handle = nativeHandle(connection))
        sqlite3_busy_handler(handle, &Database::waitForWriter, const_cast<Database*>(this));
}

// SQLite calls this while another connection holds the lock a statement needs; returning 0 gives up
// with SQLITE_BUSY. The waits grow from 1 ms to 100 ms, as SQLite's own busy timeout does.
int Database::waitForWriter(void* context, int attempt)
{
    thread_local QElapsedTimer waited;
    if (attempt == 0)
        waited.start();
    const qint64 elapsed = waited.elapsed();
    if (elapsed >= writeWaitLimitMs)
        return 0;
    const auto* database = static_cast<const Database*>(context);
    if (elapsed >= 300) {
        std::function<void(int)> observer;
        {
            const QMutexLocker lock(&database->m_waitObserverMutex);
            observer = database->m_waitObserver;
        }
        if (observer)
            observer(int(elapsed));
    }
    static constexpr int steps[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50};
    const int pause = attempt < int(std::size(steps)) ? steps[attempt] : 100;
    QThread::msleep(ulong(pause));
    return 1;
}

void Database::setWaitObserver(std::function<void(int waitedMs)> observer)
{
    const QMutexLocker lock(&m_waitObserverMutex);
    m_waitObserver = std::move(observer);
}

void Database::setSessionName(const QString& name)
{
    const QMutexLocker lock(&m_waitObserverMutex);
    m_sessionName = name;
}

QString Database::sessionName() const
{
    const QMutexLocker lock(&m_waitObserverMutex);
    return m_sessionName;
}

Status Database::prepareServerSchema(OpenMode mode)
{
    auto opened = openConnection(connectionName());
    if (!opened)
        return opened.error();
    // A login that is no one of this database may not even read its schema version: say whom to ask.
    auto allowed =
        SqlQuery::scalar(opened.value(), QStringLiteral("SELECT to_regclass('schema_info') IS NULL"
                                                        " OR has_table_privilege('schema_info', 'SELECT')"));
    if (!allowed)
        return allowed.error();
    if (!allowed->toBool()) {
        auto login = SqlQuery::scalar(opened.value(), QStringLiteral("SELECT CAST(current_user AS TEXT)"));
        return Error{
            tr("The login \"%1\" may not use %2: it is no CareerDesk person of it. Ask its administrator "
               "to add you: careerdesk --database %2 --add-person EMAIL --login %1")
                .arg(login ? login->toString() : m_server->user(), m_location)};
    }
    auto version = readSchemaVersion(opened.value());
    if (!version)
        return version.error();
    if (*version > latestVersion())
        return Error{newerSchemaMessage(*version)};
    if (*version < latestVersion() && mode != OpenMode::Administer) {
        const QString command = QStringLiteral("careerdesk --database %1 --init-server").arg(m_location);
        if (*version == 0)
            return Error{
                tr("The database %1 has no CareerDesk tables yet. An administrator sets it up with: %2")
                    .arg(m_location, command)};
        return Error{
            tr("The database %1 has CareerDesk's schema version %2 and this CareerDesk needs version %3. "
               "An administrator upgrades it with: %4")
                .arg(m_location)
                .arg(*version)
                .arg(latestVersion())
                .arg(command)};
    }
    if (*version < latestVersion()) {
        if (Status migrated = migrate(opened.value(), *version); !migrated)
            return migrated;
    }
    m_schemaVersion = latestVersion();
    // Asked of postings, which the policies always cover.
    auto held =
        SqlQuery::scalar(opened.value(), QStringLiteral("SELECT row_security_active('opportunities')"));
    if (!held)
        return held.error();
    m_heldToPolicies = held->toBool();
    return {};
}

Status Database::prepareSchema()
{
    auto opened = openConnection(connectionName());
    if (!opened)
        return opened.error();
    const QSqlDatabase db = opened.value();

    auto version = readSchemaVersion(db);
    if (!version)
        return version.error();
    if (*version > latestVersion())
        return Error{newerSchemaMessage(*version)};

    // A file to be upgraded is always checked first, whatever its size: an upgrade writes.
    const bool upgrade = *version > 0 && *version < latestVersion();
    if (*version > 0 && (upgrade || QFileInfo(m_location).size() <= checkedAtOpenBytes)) {
        auto problems = checkIntegrity(Check::Quick);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty()) {
            if (*version < latestVersion())
                return Error{tr("%1 is damaged and needs an upgrade to be opened by this CareerDesk; it was "
                                "left unchanged. Restore a backup of it.")
                                 .arg(QDir::toNativeSeparators(m_location))};
            m_schemaVersion = *version;
            return {};
        }
    }

    if (auto wal = SqlQuery::run(db, QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
        return wal.error();

    if (*version < latestVersion()) {
        if (*version > 0) {
            if (Status kept = keepBackup(*version); !kept)
                return kept;
        }
        if (Status migrated = migrate(db, *version); !migrated)
            return migrated;
    }
    m_schemaVersion = latestVersion();
    return {};
}

Result<QList<SchemaReferences::ForeignKey>> Database::foreignKeys() const
{
    const QMutexLocker lock(&m_referencesMutex);
    if (!m_foreignKeys) {
        auto keys = SchemaReferences::read(connection(), m_dialect);
        if (!keys)
            return keys.error();
        m_foreignKeys = keys.value();
    }
    return *m_foreignKeys;
}

Result<QStringList> Database::checkIntegrity(Check check) const
{
    if (isServer()) {
        m_integrityChecked = true;
        return QStringList();
    }
    const QString pragma = check == Check::Quick ? QStringLiteral("PRAGMA quick_check")
                                                 : QStringLiteral("PRAGMA integrity_check");
    QStringList problems;
    QSqlQuery rows(connection());
    rows.setForwardOnly(true);
    if (!rows.exec(pragma)) {
        // A file damaged badly enough fails the check itself: that is damage too. Anything else (a busy
        // or unreadable disk, no memory) says nothing about the file.
        if (!SqlQuery::isDamage(rows.lastError()))
            return Error{tr("The database %1 could not be checked: %2")
                             .arg(QDir::toNativeSeparators(m_location), rows.lastError().databaseText())};
        problems << rows.lastError().databaseText();
    }
    while (rows.next()) {
        const QString line = rows.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    m_integrityChecked = true;
    if (!problems.isEmpty())
        markDamaged(problems);
    return problems;
}

void Database::markDamaged(const QStringList& problems) const
{
    {
        const QMutexLocker lock(&m_connectionsMutex);
        QStringList shown;
        for (const QString& problem : problems.mid(0, 3))
            shown << problem.simplified().remove(QStringLiteral("*** in database main *** ")).trimmed();
        m_damage = shown.join(QStringLiteral("; "));
    }
    m_damaged = true;
    makeReadOnly(connection());
}

QString Database::damage() const
{
    const QMutexLocker lock(&m_connectionsMutex);
    return m_damage;
}

QString Database::newerSchemaMessage(int version) const
{
    return tr("The database %1 was written by a newer CareerDesk (schema version %2; this program knows "
              "up to %3). It was left unchanged; open it with a newer CareerDesk.")
        .arg(QDir::toNativeSeparators(m_location))
        .arg(version)
        .arg(latestVersion());
}

Result<bool> Database::hasTable(const QSqlDatabase& connection, const QString& table) const
{
    auto found =
        isServer()
            ? SqlQuery::scalar(connection, QStringLiteral("SELECT to_regclass(CAST(? AS TEXT)) IS NOT NULL"),
                               {table})
            : SqlQuery::scalar(
                  connection,
                  QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = ? AND name = ?"),
                  {QStringLiteral("table"), table});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<int> Database::countTables(const QSqlDatabase& connection) const
{
    auto counted =
        isServer()
            ? SqlQuery::scalar(connection, QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                          " WHERE table_schema = current_schema()"))
            : SqlQuery::scalar(connection, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!counted)
        return counted.error();
    return counted->toInt();
}

Result<int> Database::readSchemaVersion(const QSqlDatabase& connection) const
{
    const QString shown = QDir::toNativeSeparators(m_location);
    auto hasSchemaInfo = hasTable(connection, QStringLiteral("schema_info"));
    if (!hasSchemaInfo)
        return Error{tr("%1 is not a CareerDesk database, or it is damaged (%2)")
                         .arg(shown, hasSchemaInfo.errorMessage())};
    if (!*hasSchemaInfo) {
        auto tables = countTables(connection);
        if (tables && *tables > 0)
            return Error{isServer()
                             ? tr("The database %1 holds tables of another program; CareerDesk leaves it "
                                  "alone (give CareerDesk a database of its own)")
                                   .arg(shown)
                             : tr("%1 is an SQLite database of another program; CareerDesk leaves it alone")
                                   .arg(shown)};
        return 0;
    }
    auto version = SqlQuery::run(connection, QStringLiteral("SELECT version FROM schema_info"));
    if (!version)
        return Error{tr("%1 is damaged: its schema version cannot be read").arg(shown)};
    if (!version.value().next())
        return Error{tr("%1 has no schema version; it is damaged").arg(shown)};
    const QVariant stored = version.value().value(0);
    bool isNumber = false;
    const qlonglong number = stored.toLongLong(&isNumber);
    const bool integer = stored.typeId() == QMetaType::LongLong || stored.typeId() == QMetaType::Int;
    if (!integer || !isNumber || number < 1)
        return Error{tr("%1 is damaged: its schema version is \"%2\", which no CareerDesk writes")
                         .arg(shown, stored.toString().left(40))};
    return int(qMin<qlonglong>(number, std::numeric_limits<int>::max()));
}

Status Database::keepBackup(int fromVersion)
{
    QString backup = m_location + QStringLiteral(".schema-v%1.bak").arg(fromVersion);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_location + QStringLiteral(".schema-v%1-%2.bak").arg(fromVersion).arg(n);
    if (Status kept = Backups(m_location).writeCopy(backup); !kept)
        return Error{tr("Could not keep a copy of %1 before upgrading it: %2")
                         .arg(QDir::toNativeSeparators(m_location), kept.errorMessage())};
    m_backupPath = backup;
    return {};
}

Status Database::migrate(const QSqlDatabase& connection, int fromVersion)
{
    const QString shown = QDir::toNativeSeparators(m_location);
    const QString begin = isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (auto begun = SqlQuery::run(connection, begin); !begun)
        return Error{tr("Cannot start the schema upgrade of %1: %2").arg(shown, begun.errorMessage())};

    auto fail = [&](const QString& why) -> Status {
        (void)SqlQuery::run(connection, QStringLiteral("ROLLBACK"));
        return Error{tr("Upgrading the schema of %1 failed, nothing was changed: %2").arg(shown, why)};
    };
    if (isServer()) {
        // Two administrators upgrading at once take turns; the second finds the work done.
        if (auto locked =
                SqlQuery::run(connection, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {schemaLockKey});
            !locked)
            return fail(locked.errorMessage());
        auto current = readSchemaVersion(connection);
        if (!current)
            return fail(current.errorMessage());
        fromVersion = *current;
    }

    if (fromVersion == 0) {
        if (auto created = SqlQuery::run(connection, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_info"
                                                                    " (version INTEGER NOT NULL)"));
            !created)
            return fail(created.errorMessage());
        if (auto cleared = SqlQuery::run(connection, QStringLiteral("DELETE FROM schema_info")); !cleared)
            return fail(cleared.errorMessage());
        if (auto stamped = SqlQuery::run(connection,
                                         QStringLiteral("INSERT INTO schema_info (version) VALUES (?)"), {0});
            !stamped)
            return fail(stamped.errorMessage());
    }
    for (const Migration& migration : m_migrations) {
        if (migration.version <= fromVersion)
            continue;
        for (const QString& statement : migration.statements) {
            if (auto done = SqlQuery::run(connection, statement); !done)
                return fail(done.errorMessage());
        }
        if (auto stamped = SqlQuery::run(connection, QStringLiteral("UPDATE schema_info SET version = ?"),
                                         {migration.version});
            !stamped)
            return fail(stamped.errorMessage());
    }
    if (auto committed = SqlQuery::run(connection, QStringLiteral("COMMIT")); !committed)
        return fail(committed.errorMessage());
    return {};
}

} // namespace careerdesk
