#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace careerdesk {

// Writes a whole file or nothing (QSaveFile): a failed export never leaves half a file behind and
// leaves an earlier file of that name as it was. A file that is not there yet is made readable by
// its owner only, since what CareerDesk writes is someone's personal data. Protected files (the open
// database, the inputs of the running command) are refused by name.
class SavedFile
{
    Q_DECLARE_TR_FUNCTIONS(SavedFile)

public:
    static Status write(const QString& path, const QByteArray& contents);

    // A new, empty file that only its owner may read; false when it is there already or cannot be made.
    // SQLite fills such a file (a new database, VACUUM INTO) and keeps its permissions.
    static bool createPrivate(const QString& path);
    // Puts `from` in the place of `to` in one step (a rename in one folder): `to` is whole or as it was.
    static bool replace(const QString& from, const QString& to);

    // Why writing `bytes` into the folder of `path` failed, in the user's terms ("the disk is full").
    static QString failure(const QString& path, qint64 bytes, const QString& systemError);
};

} // namespace careerdesk
