#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace careerdesk {

// Writes a whole file or nothing (QSaveFile): a failed export never leaves half a file behind.
class SavedFile
{
    Q_DECLARE_TR_FUNCTIONS(SavedFile)

public:
    static Status write(const QString& path, const QByteArray& contents);
};

} // namespace careerdesk
