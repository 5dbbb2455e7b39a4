#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace careerdesk {

// Copies of a database kept beside it, in "<file>.backups/": made on demand, once a day, and the
// oldest removed beyond a number to keep. Each is a consistent, owner-only SQLite file written while
// CareerDesk runs (VACUUM INTO, then a rename, so that no half-written backup is ever listed).
// Restoring writes a backup into the open database through SQLite's online backup API, after keeping
// what the database held aside, so that nothing is lost either way.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int defaultKept = 7;

    struct Backup
    {
        QString path;
        QDateTime madeAt; // UTC, from the file name
        qint64 bytes = 0;
    };

    // The database file at `databasePath`; it need not be open, nor sound (restoring a damaged one).
    // For a database on a server (an address) there are none: every call that writes says so.
    explicit Backups(QString databasePath);

    // Why a database on a server has no backups of CareerDesk's: its administrator's pg_dump makes them.
    static QString serverMessage();

    QString folder() const;
    // Newest first.
    QList<Backup> list() const;
    // The newest backup made by CareerDesk (not a copy kept aside before a restore, which may hold a
    // damaged file); none when there is none.
    Backup newest() const;

    // A new backup in the folder, named by `now`; its path. Then keeps only `kept` backups.
    Result<QString> backUp(const QDateTime& now, int kept = defaultKept) const;
    // A backup written to `path` (a file of the person's choosing, not in the folder).
    Status backUpTo(const QString& path) const;
    // A consistent copy at `path`, whole or absent, without asking ProtectedFiles: for the database's
    // own files (its backups, the copy kept before a schema upgrade).
    Status writeCopy(const QString& path) const;
    // A backup unless one was made today (local time); the path, or empty when none was needed.
    Result<QString> backUpDaily(const QDateTime& now, int kept = defaultKept) const;

    // Checks `backup` (a CareerDesk database, sound, not newer than this program), keeps the database's
    // current content aside in the folder (its path is returned), then replaces the content with the
    // backup's. Other connections see the change as one commit; a program that has the database open
    // must open it again afterwards, since the schema may be older. A damaged database is kept aside as
    // its raw bytes.
    Result<QString> restore(const QString& backup, const QDateTime& now) const;

    // Whether the file at `path` reads as a sound SQLite database (PRAGMA quick_check), read-only.
    static bool isSound(const QString& path);

private:
    bool onServer() const;
    Result<QString> keepAside(const QDateTime& now) const;
    Status checkRestorable(const QString& backup) const;
    Status copyInto(const QString& backup) const;
    Status replaceFile(const QString& backup) const;
    QString freeName(const QString& prefix, const QDateTime& now) const;
    void prune(int kept) const;

    QString m_databasePath;
};

} // namespace careerdesk
