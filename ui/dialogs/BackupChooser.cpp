#include "BackupChooser.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace careerdesk {

BackupChooser::BackupChooser(const QList<Backups::Backup>& backups, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_folder(folder)
{
    setWindowTitle(tr("Restore from Backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(backups.isEmpty() ? tr("There are no backups in %1 yet. Choose a backup file "
                                                    "with Other File….")
                                                     .arg(QDir::toNativeSeparators(folder))
                                               : tr("Backups of this database, newest first:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QLocale locale;
    for (const Backups::Backup& backup : backups) {
        const bool aside = QFileInfo(backup.path).fileName().startsWith(QLatin1String("before-restore-"));
        const QString label = tr("%1 — %2%3")
                                  .arg(locale.toString(backup.madeAt.toLocalTime(), QLocale::LongFormat),
                                       locale.formattedDataSize(backup.bytes),
                                       aside ? tr(" (kept before a restore)") : QString());
        auto* item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!backups.isEmpty());
    QPushButton* other = buttons->addButton(tr("&Other File…"), QDialogButtonBox::ActionRole);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem()) {
            m_chosen = item->data(Qt::UserRole).toString();
            accept();
        }
    });
    connect(m_list, &QListWidget::itemActivated, restore, &QPushButton::click);
    connect(other, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Restore from Backup"), m_folder, tr("CareerDesk databases (*.sqlite);;All files (*)"));
        if (!file.isEmpty()) {
            m_chosen = file;
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 320);
}

QString BackupChooser::ask(const QList<Backups::Backup>& backups, const QString& folder, QWidget* parent)
{
    BackupChooser chooser(backups, folder, parent);
    return chooser.exec() == QDialog::Accepted ? chooser.chosen() : QString();
}

} // namespace careerdesk
