#include "Backups.h"

#include "Database.h"
#include "Migrations.h"
#include "SqlQuery.h"
#include "files/ProtectedFiles.h"
#include "files/SavedFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace careerdesk {

namespace {

const QString automaticPrefix = QStringLiteral("backup-");
const QString asidePrefix = QStringLiteral("before-restore-");
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A connection of its own for one piece of work, closed when it goes out of scope.
class OwnConnection
{
public:
    explicit OwnConnection(const QString& path, bool readOnly = false)
        : m_name(QStringLiteral("careerdesk-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~OwnConnection() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    sqlite3* handle() const
    {
        const QVariant handle = db().driver()->handle();
        return handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    }

private:
    QString m_name;
    bool m_open = false;
};

QString stamp(const QDateTime& now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

Backups::Backups(QString databasePath)
    : m_databasePath(std::move(databasePath))
{}

QString Backups::serverMessage()
{
    return tr("A database on a server is backed up by its administrator, with PostgreSQL's pg_dump (see "
              "\"On a server\" in the README); CareerDesk's own backups are for SQLite files.");
}

bool Backups::onServer() const
{
    return ServerAddress::isServerAddress(m_databasePath);
}

QString Backups::folder() const
{
    return ProtectedFiles::backupFolder(m_databasePath);
}

QList<Backups::Backup> Backups::list() const
{
    static const QRegularExpression named(QStringLiteral("-(\\d{8}-\\d{6})(-\\d+)?\\.sqlite$"));
    QList<Backup> backups;
    if (onServer())
        return backups;
    const QFileInfoList files = QDir(folder()).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = named.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime madeAt = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        madeAt.setTimeSpec(Qt::UTC);
        backups.append({file.absoluteFilePath(), madeAt, file.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const Backup& a, const Backup& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return backups;
}

Backups::Backup Backups::newest() const
{
    for (const Backup& backup : list()) {
        if (QFileInfo(backup.path).fileName().startsWith(automaticPrefix))
            return backup;
    }
    return {};
}

QString Backups::freeName(const QString& prefix, const QDateTime& now) const
{
    const QString base = folder() + QLatin1Char('/') + prefix + stamp(now);
    QString path = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

Result<QString> Backups::backUp(const QDateTime& now, int kept) const
{
    if (onServer())
        return Error{serverMessage()};
    if (!QDir().mkpath(folder()))
        return Error{tr("Cannot create the backup folder %1").arg(QDir::toNativeSeparators(folder()))};
    QFile::setPermissions(folder(), ownerOnly | QFileDevice::ExeOwner);
    const QString path = freeName(automaticPrefix, now);
    if (Status written = writeCopy(path); !written)
        return written.error();
    prune(kept);
    return path;
}

Status Backups::backUpTo(const QString& path) const
{
    if (onServer())
        return Error{serverMessage()};
    if (Status writable = ProtectedFiles::checkWritable(path); !writable)
        return writable;
    return writeCopy(path);
}

Result<QString> Backups::backUpDaily(const QDateTime& now, int kept) const
{
    if (onServer())
        return QString(); // nothing to do: the server's administrator keeps its backups
    for (const Backup& backup : list()) {
        if (!QFileInfo(backup.path).fileName().startsWith(automaticPrefix))
            continue;
        if (backup.madeAt.toLocalTime().date() == now.toLocalTime().date())
            return QString();
        break;
    }
    return backUp(now, kept);
}

// VACUUM INTO a new owner-only file beside the target, then a rename: a backup is whole or absent.
Status Backups::writeCopy(const QString& path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString partial =
        path + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    if (!SavedFile::createPrivate(partial))
        return Error{tr("Cannot write the backup %1 (is the folder writable?)").arg(shown)};
    {
        OwnConnection source(m_databasePath, true);
        auto copied = source.isOpen() ? SqlQuery::run(source.db(), QStringLiteral("VACUUM INTO ?"), {partial})
                                      : Result<QSqlQuery>(Error{source.db().lastError().text()});
        if (!copied) {
            QFile::remove(partial);
            return Error{tr("Cannot back up %1: %2")
                             .arg(QDir::toNativeSeparators(m_databasePath), copied.errorMessage())};
        }
    }
    if (!SavedFile::replace(partial, path)) {
        QFile::remove(partial);
        return Error{tr("Cannot write the backup %1").arg(shown)};
    }
    return {};
}

void Backups::prune(int kept) const
{
    int automatic = 0;
    for (const Backup& backup : list()) {
        if (!QFileInfo(backup.path).fileName().startsWith(automaticPrefix))
            continue;
        if (++automatic > qMax(1, kept))
            QFile::remove(backup.path);
    }
}

bool Backups::isSound(const QString& path)
{
    OwnConnection file(path, true);
    if (!file.isOpen())
        return false;
    auto check = SqlQuery::scalar(file.db(), QStringLiteral("PRAGMA quick_check"));
    return check && check->toString() == QLatin1String("ok");
}

Status Backups::checkRestorable(const QString& backup) const
{
    const QString shown = QDir::toNativeSeparators(backup);
    const QFileInfo info(backup);
    if (!info.isFile())
        return Error{tr("%1 is not a file").arg(shown)};
    if (QFileInfo(m_databasePath).canonicalFilePath() == info.canonicalFilePath())
        return Error{tr("%1 is the database itself, not a backup of it").arg(shown)};
    OwnConnection source(backup, true);
    if (!source.isOpen())
        return Error{tr("%1 cannot be opened").arg(shown)};
    auto version = SqlQuery::scalar(source.db(), QStringLiteral("SELECT version FROM schema_info"));
    if (!version || !version->isValid())
        return Error{tr("%1 is not a CareerDesk database").arg(shown)};
    if (version->toLongLong() > Migrations::latestVersion())
        return Error{tr("%1 was written by a newer CareerDesk").arg(shown)};
    if (!isSound(backup))
        return Error{tr("%1 is damaged itself; choose another backup").arg(shown)};
    return {};
}

// What the database holds now, kept where the backups are: a consistent copy if it can be read, its
// raw bytes (with the WAL) if it is too damaged for that.
Result<QString> Backups::keepAside(const QDateTime& now) const
{
    if (!QDir().mkpath(folder()))
        return Error{tr("Cannot create the backup folder %1").arg(QDir::toNativeSeparators(folder()))};
    const QString aside = freeName(asidePrefix, now);
    if (writeCopy(aside))
        return aside;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(m_databasePath + suffix))
            continue;
        if (!QFile::copy(m_databasePath + suffix, aside + suffix))
            return Error{tr("Cannot keep the current database aside as %1; nothing was restored")
                             .arg(QDir::toNativeSeparators(aside))};
        QFile::setPermissions(aside + suffix, ownerOnly);
    }
    return aside;
}

// SQLite's online backup API, run into the live file: other connections wait while it writes and then
// see the backup's content, and a failure part way leaves the database as it was.
Status Backups::copyInto(const QString& backup) const
{
    OwnConnection source(backup, true);
    OwnConnection target(m_databasePath);
    if (!source.isOpen() || !target.isOpen() || !source.handle() || !target.handle())
        return Error{tr("Cannot open %1 to restore it").arg(QDir::toNativeSeparators(m_databasePath))};
    sqlite3_backup* copy = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!copy)
        return Error{tr("Cannot restore into %1: %2")
                         .arg(QDir::toNativeSeparators(m_databasePath),
                              QString::fromUtf8(sqlite3_errmsg(target.handle())))};
    QElapsedTimer waited;
    waited.start();
    int step = SQLITE_OK;
    do {
        step = sqlite3_backup_step(copy, -1);
        if ((step == SQLITE_BUSY || step == SQLITE_LOCKED) && waited.elapsed() < Database::writeWaitLimitMs)
            QThread::msleep(50);
        else if (step != SQLITE_DONE && step != SQLITE_OK)
            break;
    } while (step != SQLITE_DONE);
    const int finished = sqlite3_backup_finish(copy);
    if (step != SQLITE_DONE || finished != SQLITE_OK)
        return Error{
            tr("Restoring into %1 failed (%2); the database was left as it was")
                .arg(QDir::toNativeSeparators(m_databasePath), QString::fromUtf8(sqlite3_errstr(step)))};
    return {};
}

// A copy of the backup beside the database, renamed over it, and the damaged file's journals removed so
// that SQLite does not apply them to the backup.
Status Backups::replaceFile(const QString& backup) const
{
    const QString partial = m_databasePath + QStringLiteral(".restoring-") +
                            QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const QString shown = QDir::toNativeSeparators(m_databasePath);
    if (!QFile::copy(backup, partial)) {
        QFile::remove(partial);
        return Error{tr("Cannot copy the backup beside %1; the database was left as it was").arg(shown)};
    }
    QFile::setPermissions(partial, ownerOnly);
    if (!SavedFile::replace(partial, m_databasePath)) {
        QFile::remove(partial);
        return Error{tr("Cannot put the backup in place of %1; the database was left as it was").arg(shown)};
    }
    QFile::remove(m_databasePath + QStringLiteral("-wal"));
    QFile::remove(m_databasePath + QStringLiteral("-shm"));
    return {};
}

Result<QString> Backups::restore(const QString& backup, const QDateTime& now) const
{
    if (onServer())
        return Error{serverMessage()};
    if (Status restorable = checkRestorable(backup); !restorable)
        return restorable.error();
    auto aside = keepAside(now);
    if (!aside)
        return aside.error();
    if (Status copied = copyInto(backup); !copied) {
        // The online backup API needs a database it can read; one whose first pages are gone is
        // replaced as a file (its bytes were kept aside above).
        if (Backups::isSound(m_databasePath))
            return copied.error();
        if (Status replaced = replaceFile(backup); !replaced)
            return replaced.error();
    }
    return aside;
}

} // namespace careerdesk
