#pragma once

#include "Preferences.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace careerdesk {

// Edit › Preferences…: the theme, the documents' paper and templates, when follow-ups are due, calendar
// reminders, backups (how many, where), and where the database is (Move Database…). What is chosen is
// kept when OK is pressed.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `databaseLocation`: shown; `moveDatabase`: what Move Database… does (none: the button is off, as for a
    // database on a server or one opened with --database).
    PreferencesDialog(const QString& databaseLocation, std::function<void()> moveDatabase,
                      QWidget* parent = nullptr);

    void save() const; // into Preferences::shared()

    QComboBox* themeChoice() const { return m_theme; }
    QSpinBox* followUpDaysField() const { return m_followUpDays; }
    QComboBox* reminderChoice() const { return m_reminder; }
    QSpinBox* keptBackupsField() const { return m_keptBackups; }
    QLabel* backupFolderLabel() const { return m_backupFolderShown; }
    void setBackupFolder(const QString& folder); // empty: beside the database

private:
    QWidget* appearance();
    QWidget* documents();
    QWidget* pipeline();
    QWidget* storage(const QString& databaseLocation);

    QComboBox* m_theme;
    QComboBox* m_pageSize;
    QComboBox* m_resumeTemplate;
    QComboBox* m_letterTemplate;
    QCheckBox* m_pdfA;
    QSpinBox* m_followUpDays;
    QComboBox* m_reminder;
    QSpinBox* m_keptBackups;
    QString m_backupFolder;
    QLabel* m_backupFolderShown;
    QPushButton* m_move;
    std::function<void()> m_moveDatabase;
};

} // namespace careerdesk
