#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>

namespace careerdesk {

class Workspace;

// A person's whole data as one JSON file (store/PersonExport), to move it to another machine or
// database, or to keep it: `careerdesk --export-all FILE` and `--import-all FILE`.
class PersonTransfer
{
    Q_DECLARE_TR_FUNCTIONS(PersonTransfer)

public:
    static constexpr qint64 maximumBytes = 512LL * 1024 * 1024;

    static Result<QByteArray> exportPerson(Workspace& workspace, qint64 userId);
    // All or nothing; the person as now stored.
    static Result<User> importPerson(Workspace& workspace, const QByteArray& json);
    // Reads `path` (a regular file up to maximumBytes) and imports it.
    static Result<User> importFile(Workspace& workspace, const QString& path);
};

} // namespace careerdesk
