#include "SavedFile.h"

#include "ProtectedFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

#include <cstdio>

namespace careerdesk {

Status SavedFile::write(const QString& path, const QByteArray& contents)
{
    if (Status writable = ProtectedFiles::checkWritable(path); !writable)
        return writable;
    const bool isNew = !QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{failure(path, contents.size(), file.errorString())};
    if (isNew)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(contents) != contents.size() || !file.commit())
        return Error{failure(path, contents.size(), file.errorString())};
    return {};
}

bool SavedFile::createPrivate(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool SavedFile::replace(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString SavedFile::failure(const QString& path, qint64 bytes, const QString& systemError)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const qint64 headroom = 64 * 1024; // a file system needs some room besides the bytes themselves
    if (storage.isValid() && storage.bytesAvailable() < bytes + headroom) {
        const QLocale locale;
        return tr("Cannot write %1: the disk is full (%2 free, %3 needed). Nothing was changed; free some "
                  "space and try again.")
            .arg(shown, locale.formattedDataSize(storage.bytesAvailable()), locale.formattedDataSize(bytes));
    }
    if (storage.isValid() && storage.isReadOnly())
        return tr("Cannot write %1: the disk is read-only. Nothing was changed.").arg(shown);
    if (systemError.isEmpty() || systemError == QLatin1String("Unknown error"))
        return tr("Cannot write %1. Nothing was changed.").arg(shown);
    return tr("Cannot write %1: %2. Nothing was changed.").arg(shown, systemError);
}

} // namespace careerdesk
