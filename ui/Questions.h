#pragma once

#include "dialogs/ServerDialog.h"
#include "services/Workspace.h"
#include "workflows/ImportService.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QUrl;
class QWidget;

namespace careerdesk {

// The questions the window and its tabs ask the person; tests answer them without dialogs.
struct Questions
{
    Q_DECLARE_TR_FUNCTIONS(Questions)

public:
    std::function<bool(const QString& question)> confirm;
    std::function<void(const QString& message)> warn;
    std::function<qint64(const QList<QPair<qint64, QString>>& choices)> chooseOpportunity;
    std::function<std::optional<QString>(const QString& title, const QString& label)> askText;
    std::function<QString(const QString& title, const QString& suggestedPath, const QString& filter)>
        saveFile;
    std::function<bool(const QUrl& url)> openUrl;
    std::function<QStringList(const QString& title, const QString& filter)> openFiles;
    // The import preview; none when the person cancels.
    std::function<std::optional<ImportService::DocumentsAs>(const ImportService::Plan& plan,
                                                            ImportService::DocumentsAs suggested)>
        previewImport;
    // The backup to restore, from those in `folder` or another file; empty when the person cancels.
    std::function<QString(const QList<Backups::Backup>& backups, const QString& folder)> chooseBackup;
    // The server to connect to (File › Connect to Server…); none when the person cancels.
    std::function<std::optional<ServerDialog::Choice>()> chooseServer;
    // The person's name and email as they change them; none when they cancel.
    std::function<std::optional<User>(const User& current)> editProfile;

    // Each question as a dialog over `parent`.
    static Questions dialogs(QWidget* parent);
};

} // namespace careerdesk
