#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace careerdesk {

// Files that nothing CareerDesk writes may replace: an open database with its journals and backups,
// and the files that the running command reads. SavedFile asks here before every write, so an export
// aimed at the database (by its name, through a symbolic link or a hard link) is refused instead of
// destroying it.
class ProtectedFiles
{
    Q_DECLARE_TR_FUNCTIONS(ProtectedFiles)

public:
    enum class Kind {
        Database, // also its -wal, -shm and -journal files, schema backups and backups folder
        Input,    // a file the running command reads
    };

    static void protect(const QString& path, Kind kind);
    static void release(const QString& path, Kind kind);

    // Why `path` may not be written, in words that name it; ok when it may.
    static Status checkWritable(const QString& path);

    // The folder where the database at `databasePath` keeps its backups: beside it, or, when the person
    // chose a folder for backups (the QSettings key backupFolderSetting), a folder of its own in there.
    static QString backupFolder(const QString& databasePath);
    static inline const QString backupFolderSetting = QStringLiteral("backups/folder");

private:
    static Status checkAgainst(const QString& target, const QString& protectedPath, Kind kind);
};

} // namespace careerdesk
