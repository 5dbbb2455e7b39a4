#include "PersonTransfer.h"

#include "Workspace.h"
#include "store/PersonExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace careerdesk {

Result<QByteArray> PersonTransfer::exportPerson(Workspace& workspace, qint64 userId)
{
    auto document = PersonExport::write(workspace.database(), userId);
    if (!document)
        return document.error();
    return QJsonDocument(document.value()).toJson(QJsonDocument::Indented);
}

Result<User> PersonTransfer::importPerson(Workspace& workspace, const QByteArray& json)
{
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(json, &problem);
    if (problem.error != QJsonParseError::NoError)
        return Error{
            tr("the file is not JSON: %1 at character %2").arg(problem.errorString()).arg(problem.offset)};
    if (!document.isObject())
        return Error{tr("the file is not a CareerDesk person export")};
    auto userId = PersonExport::read(workspace.database(), document.object());
    if (!userId)
        return userId.error();
    return workspace.users().getUser(userId.value());
}

Result<User> PersonTransfer::importFile(Workspace& workspace, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{tr("%1 is not a file").arg(shown)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be opened: %2").arg(shown, file.errorString())};
    const QByteArray bytes = file.read(maximumBytes + 1);
    if (bytes.size() > maximumBytes)
        return Error{
            tr("%1 is larger than the %2 MB a person export can be").arg(shown).arg(maximumBytes >> 20)};
    auto imported = importPerson(workspace, bytes);
    if (!imported)
        return Error{tr("%1: %2").arg(shown, imported.errorMessage())};
    return imported;
}

} // namespace careerdesk
