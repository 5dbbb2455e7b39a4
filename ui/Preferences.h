#pragma once

#include <QObject>

#include <optional>

namespace careerdesk {

// What the person sets for the whole program (Edit › Preferences…, and the choices the tabs remember),
// kept in QSettings: the one place that names each setting. `changed` tells every open view.
class Preferences : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    static Preferences& shared(); // the program's

    Theme theme() const;
    void setTheme(Theme theme);
    int followUpDays() const; // in Applied without news, before a follow-up is offered
    void setFollowUpDays(int days);
    QString pageSize() const; // "A4", "Letter", or empty: the locale's paper
    void setPageSize(const QString& pageSize);
    bool pdfA() const;
    void setPdfA(bool pdfA);
    QString templateFor(const QString& area) const; // a DocumentTemplate id, or empty: the first
    void setTemplateFor(const QString& area, const QString& templateId);
    // In exported calendars, a reminder at 9:00 this many days before an item's day (0: on the day); none
    // when not set to one.
    std::optional<int> reminderDays() const;
    void setReminderDays(std::optional<int> days);
    int keptBackups() const;
    void setKeptBackups(int kept);
    QString backupFolder() const; // empty: beside the database
    void setBackupFolder(const QString& folder);
    bool firstStepsHidden(qint64 userId) const; // the Dashboard's "Getting started", for this person
    void setFirstStepsHidden(qint64 userId, bool hidden);

Q_SIGNALS:
    void changed();

private:
    void set(const QString& key, const QVariant& value);
};

} // namespace careerdesk
