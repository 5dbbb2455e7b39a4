#include "ProtectedFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QSettings>

#include <filesystem>

namespace careerdesk {

namespace {

struct Entry
{
    QString path; // canonical
    ProtectedFiles::Kind kind;
};

QMutex entriesMutex;
QList<Entry>& entries()
{
    static QList<Entry> list;
    return list;
}

// Where a write to `path` would land: symbolic links followed, also for a file not there yet (a loop
// of links ends after a few steps, as the system's own resolution does).
QString resolved(const QString& path, int links = 0)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    if (info.isSymLink() && links < 16)
        return resolved(info.symLinkTarget(), links + 1);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

bool sameFile(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    std::error_code error;
    return std::filesystem::equivalent(std::filesystem::path(a.toStdString()),
                                       std::filesystem::path(b.toStdString()), error) &&
           !error;
}

} // namespace

QString ProtectedFiles::backupFolder(const QString& databasePath)
{
    const QString chosen = QSettings().value(backupFolderSetting).toString();
    if (chosen.isEmpty())
        return databasePath + QStringLiteral(".backups");
    // Two databases of the same name (a moved one and its old file, two careerdesk.sqlite) keep apart:
    // a backup of one never prunes, or passes for, the other's.
    const QFileInfo database(databasePath);
    const QString canonical =
        database.canonicalFilePath().isEmpty() ? database.absoluteFilePath() : database.canonicalFilePath();
    const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    const QFileInfo folder(chosen);
    const QString root =
        folder.canonicalFilePath().isEmpty() ? folder.absoluteFilePath() : folder.canonicalFilePath();
    return QDir(root).filePath(database.fileName() + QLatin1Char('-') + tag + QStringLiteral(".backups"));
}

void ProtectedFiles::protect(const QString& path, Kind kind)
{
    const QMutexLocker lock(&entriesMutex);
    entries().append({resolved(path), kind});
}

void ProtectedFiles::release(const QString& path, Kind kind)
{
    const QMutexLocker lock(&entriesMutex);
    const QString canonical = resolved(path);
    for (qsizetype i = 0; i < entries().size(); ++i) {
        if (entries().at(i).path == canonical && entries().at(i).kind == kind) {
            entries().removeAt(i);
            return;
        }
    }
}

Status ProtectedFiles::checkWritable(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return Error{tr("No file name was given to write to")};
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{tr("%1 is a folder or a device, not a file CareerDesk can write").arg(shown)};
    const QString target = resolved(path);
    const QMutexLocker lock(&entriesMutex);
    for (const Entry& entry : std::as_const(entries())) {
        if (Status allowed = checkAgainst(target, entry.path, entry.kind); !allowed)
            return Error{allowed.errorMessage().arg(shown)};
    }
    return {};
}

Status ProtectedFiles::checkAgainst(const QString& target, const QString& protectedPath, Kind kind)
{
    if (sameFile(target, protectedPath)) {
        if (kind == Kind::Input)
            return Error{tr("%1 is a file this command reads; choose another file to write")};
        return Error{
            tr("%1 is the database CareerDesk has open; writing there would destroy it. Choose another "
               "file")};
    }
    if (kind != Kind::Database)
        return {};
    const bool journal = target == protectedPath + QStringLiteral("-wal") ||
                         target == protectedPath + QStringLiteral("-shm") ||
                         target == protectedPath + QStringLiteral("-journal");
    const bool schemaBackup = target.startsWith(protectedPath + QStringLiteral(".schema-v")) &&
                              target.endsWith(QStringLiteral(".bak"));
    const bool backup = target.startsWith(backupFolder(protectedPath) + QLatin1Char('/'));
    if (journal || schemaBackup || backup)
        return Error{tr("%1 belongs to the open database (its journal or one of its backups); choose another "
                        "file")};
    return {};
}

} // namespace careerdesk
