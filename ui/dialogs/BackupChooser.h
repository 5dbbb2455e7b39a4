#pragma once

#include "services/Workspace.h"

#include <QDialog>

class QListWidget;

namespace careerdesk {

// Which backup to restore: the database's own backups, newest first, or another file.
class BackupChooser : public QDialog
{
    Q_OBJECT

public:
    BackupChooser(const QList<Backups::Backup>& backups, const QString& folder, QWidget* parent = nullptr);

    QString chosen() const { return m_chosen; }

    // The chosen backup's path; empty when the person cancels.
    static QString ask(const QList<Backups::Backup>& backups, const QString& folder, QWidget* parent);

private:
    QListWidget* m_list;
    QString m_folder;
    QString m_chosen;
};

} // namespace careerdesk
