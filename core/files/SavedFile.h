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

    // Why writing `bytes` into the folder of `path` failed, in the user's terms ("the disk is full").
    static QString failure(const QString& path, qint64 bytes, const QString& systemError);
};

} // namespace careerdesk
