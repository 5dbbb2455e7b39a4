#include "Questions.h"

#include "dialogs/BackupChooser.h"
#include "dialogs/ImportPreviewDialog.h"
#include "dialogs/ProfileDialog.h"
#include "secrets/SystemKeyring.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace careerdesk {

Questions Questions::dialogs(QWidget* parent)
{
    Questions questions;
    questions.confirm = [parent](const QString& question) {
        return QMessageBox::question(parent, tr("CareerDesk"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    questions.chooseOpportunity = [parent](const QList<QPair<qint64, QString>>& choices) -> qint64 {
        QStringList labels;
        for (const auto& choice : choices)
            labels << choice.second;
        bool ok = false;
        const QString picked =
            QInputDialog::getItem(parent, tr("New application"), tr("Opportunity:"), labels, 0, false, &ok);
        return ok ? choices.value(labels.indexOf(picked)).first : 0;
    };
    questions.warn = [parent](const QString& message) {
        QMessageBox::warning(parent, tr("CareerDesk"), message);
    };
    questions.saveFile = [parent](const QString& title, const QString& suggestedPath, const QString& filter) {
        return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
    };
    questions.openUrl = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    questions.openFiles = [parent](const QString& title, const QString& filter) {
        return QFileDialog::getOpenFileNames(
            parent, title, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), filter);
    };
    questions.previewImport = [parent](const ImportService::Plan& plan,
                                       ImportService::DocumentsAs suggested) {
        return ImportPreviewDialog::ask(plan, suggested, parent);
    };
    questions.chooseBackup = [parent](const QList<Backups::Backup>& backups, const QString& folder) {
        return BackupChooser::ask(backups, folder, parent);
    };
    questions.chooseServer = [parent]() -> std::optional<ServerDialog::Choice> {
        static SystemKeyring keyring;
        ServerDialog dialog(keyring, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };
    questions.askText = [parent](const QString& title, const QString& label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
        return ok ? std::optional(text) : std::nullopt;
    };
    questions.editProfile = [parent](const User& current) -> std::optional<User> {
        ProfileDialog dialog(tr("Your name and email, as your resumes and letters show them."), parent);
        dialog.setUser(current);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        User changed = current;
        const User typed = dialog.user();
        changed.firstName = typed.firstName;
        changed.lastName = typed.lastName;
        changed.email = typed.email;
        return changed;
    };
    return questions;
}

} // namespace careerdesk
