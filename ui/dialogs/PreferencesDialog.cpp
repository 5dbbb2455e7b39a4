#include "PreferencesDialog.h"

#include "documents/DocumentTemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace careerdesk {

namespace {

QComboBox* templateChoice(DocumentTemplate::Kind kind, const QString& chosen, QWidget* parent)
{
    auto* choice = new QComboBox(parent);
    for (const DocumentTemplate& documentTemplate : DocumentTemplate::available(kind))
        choice->addItem(documentTemplate.name(), documentTemplate.id());
    choice->setCurrentIndex(qMax(0, choice->findData(chosen)));
    return choice;
}

void select(QComboBox* choice, const QVariant& value)
{
    choice->setCurrentIndex(qMax(0, choice->findData(value)));
}

QGroupBox* group(const QString& title, QFormLayout*& form, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    form = new QFormLayout(box);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(const QString& databaseLocation, std::function<void()> moveDatabase,
                                     QWidget* parent)
    : QDialog(parent)
    , m_moveDatabase(std::move(moveDatabase))
{
    setWindowTitle(tr("Preferences"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(appearance());
    layout->addWidget(documents());
    layout->addWidget(pipeline());
    layout->addWidget(storage(databaseLocation));
    layout->addWidget(buttons);
}

QWidget* PreferencesDialog::appearance()
{
    QFormLayout* form = nullptr;
    QGroupBox* box = group(tr("Appearance"), form, this);
    m_theme = new QComboBox(box);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("As the desktop"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    select(m_theme, int(Preferences::shared().theme()));
    form->addRow(tr("&Theme:"), m_theme);
    return box;
}

QWidget* PreferencesDialog::documents()
{
    const Preferences& preferences = Preferences::shared();
    QFormLayout* form = nullptr;
    QGroupBox* box = group(tr("Documents"), form, this);
    m_pageSize = new QComboBox(box);
    m_pageSize->addItem(tr("Paper by locale"), QString());
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    select(m_pageSize, preferences.pageSize());
    m_resumeTemplate = templateChoice(DocumentTemplate::Kind::Resume,
                                      preferences.templateFor(QStringLiteral("resumes")), box);
    m_letterTemplate = templateChoice(DocumentTemplate::Kind::CoverLetter,
                                      preferences.templateFor(QStringLiteral("coverLetters")), box);
    m_pdfA = new QCheckBox(tr("Write PDF/A (archival PDF)"), box);
    m_pdfA->setChecked(preferences.pdfA());
    form->addRow(tr("&Paper:"), m_pageSize);
    form->addRow(tr("&Resume template:"), m_resumeTemplate);
    form->addRow(tr("&Letter template:"), m_letterTemplate);
    form->addRow(QString(), m_pdfA);
    return box;
}

QWidget* PreferencesDialog::pipeline()
{
    const Preferences& preferences = Preferences::shared();
    QFormLayout* form = nullptr;
    QGroupBox* box = group(tr("Follow-ups and reminders"), form, this);
    m_followUpDays = new QSpinBox(box);
    m_followUpDays->setObjectName(QStringLiteral("followUpDays"));
    m_followUpDays->setRange(1, 90);
    m_followUpDays->setSuffix(tr(" days"));
    m_followUpDays->setValue(preferences.followUpDays());
    m_followUpDays->setToolTip(tr("How long an application waits in Applied without news before a follow-up "
                                  "is offered"));
    m_reminder = new QComboBox(box);
    m_reminder->setObjectName(QStringLiteral("reminder"));
    m_reminder->addItem(tr("No reminder"), -1);
    m_reminder->addItem(tr("On the day, at 9:00"), 0);
    m_reminder->addItem(tr("The day before, at 9:00"), 1);
    m_reminder->addItem(tr("Two days before, at 9:00"), 2);
    m_reminder->addItem(tr("A week before, at 9:00"), 7);
    if (m_reminder->findData(preferences.reminderDays().value_or(-1)) < 0)
        m_reminder->addItem(tr("%n day(s) before, at 9:00", nullptr, *preferences.reminderDays()),
                            *preferences.reminderDays());
    select(m_reminder, preferences.reminderDays().value_or(-1));
    form->addRow(tr("&Follow up after:"), m_followUpDays);
    form->addRow(tr("Calendar &reminders:"), m_reminder);
    return box;
}

QWidget* PreferencesDialog::storage(const QString& databaseLocation)
{
    QFormLayout* form = nullptr;
    QGroupBox* box = group(tr("Database and backups"), form, this);
    auto* location = new QLabel(QDir::toNativeSeparators(databaseLocation), box);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setWordWrap(true);
    m_move = new QPushButton(tr("&Move Database…"), box);
    m_move->setObjectName(QStringLiteral("moveDatabase"));
    m_move->setEnabled(bool(m_moveDatabase));
    m_move->setToolTip(m_moveDatabase
                           ? tr("Copy the database to another place, check the copy, and work there")
                           : tr("Only the default database on this computer moves from here; a file "
                                "opened with --database, or a server, is moved by whoever chose it"));
    connect(m_move, &QPushButton::clicked, this, [this] {
        save(); // what else was chosen here is kept; the move then restarts CareerDesk on the new file
        accept();
        m_moveDatabase();
    });
    m_keptBackups = new QSpinBox(box);
    m_keptBackups->setObjectName(QStringLiteral("keptBackups"));
    m_keptBackups->setRange(1, 365);
    m_keptBackups->setValue(Preferences::shared().keptBackups());
    m_keptBackups->setToolTip(tr("CareerDesk backs the database up once a day and keeps this many"));
    m_backupFolderShown = new QLabel(box);
    m_backupFolderShown->setWordWrap(true);
    setBackupFolder(Preferences::shared().backupFolder());
    auto* choose = new QPushButton(tr("C&hoose…"), box);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder for Backups"), m_backupFolder);
        if (!folder.isEmpty())
            setBackupFolder(folder);
    });
    auto* beside = new QPushButton(tr("Beside the Database"), box);
    connect(beside, &QPushButton::clicked, this, [this] { setBackupFolder(QString()); });
    auto* folderButtons = new QHBoxLayout;
    folderButtons->addWidget(choose);
    folderButtons->addWidget(beside);
    folderButtons->addStretch(1);
    form->addRow(tr("Database:"), location);
    form->addRow(QString(), m_move);
    form->addRow(tr("&Keep backups:"), m_keptBackups);
    form->addRow(tr("Backups go to:"), m_backupFolderShown);
    form->addRow(QString(), folderButtons);
    return box;
}

void PreferencesDialog::setBackupFolder(const QString& folder)
{
    m_backupFolder = folder;
    m_backupFolderShown->setText(
        folder.isEmpty()
            ? tr("a folder beside the database")
            : tr("%1 (backups made until now stay where they are)").arg(QDir::toNativeSeparators(folder)));
}

void PreferencesDialog::save() const
{
    Preferences& preferences = Preferences::shared();
    preferences.setTheme(Preferences::Theme(m_theme->currentData().toInt()));
    preferences.setPageSize(m_pageSize->currentData().toString());
    preferences.setTemplateFor(QStringLiteral("resumes"), m_resumeTemplate->currentData().toString());
    preferences.setTemplateFor(QStringLiteral("coverLetters"), m_letterTemplate->currentData().toString());
    preferences.setPdfA(m_pdfA->isChecked());
    preferences.setFollowUpDays(m_followUpDays->value());
    const int reminder = m_reminder->currentData().toInt();
    preferences.setReminderDays(reminder < 0 ? std::nullopt : std::optional(reminder));
    preferences.setKeptBackups(m_keptBackups->value());
    preferences.setBackupFolder(m_backupFolder);
}

} // namespace careerdesk
