#include "Preferences.h"

#include "files/ProtectedFiles.h"
#include "services/Workspace.h" // Backups::defaultKept, as DatabaseCare reads it
#include "workflows/PipelineAdvisor.h"

#include <QSettings>

namespace careerdesk {

Preferences& Preferences::shared()
{
    static Preferences preferences;
    return preferences;
}

void Preferences::set(const QString& key, const QVariant& value)
{
    QSettings settings;
    if (settings.value(key) == value)
        return;
    settings.setValue(key, value);
    Q_EMIT changed();
}

Preferences::Theme Preferences::theme() const
{
    const QString theme = QSettings().value(QStringLiteral("window/theme")).toString();
    return theme == QLatin1String("dark")    ? Theme::Dark
           : theme == QLatin1String("light") ? Theme::Light
                                             : Theme::System;
}

void Preferences::setTheme(Theme theme)
{
    set(QStringLiteral("window/theme"), theme == Theme::Dark    ? QStringLiteral("dark")
                                        : theme == Theme::Light ? QStringLiteral("light")
                                                                : QStringLiteral("system"));
}

int Preferences::followUpDays() const
{
    return qBound(1,
                  QSettings()
                      .value(QStringLiteral("pipeline/followUpDays"), PipelineAdvisor::defaultFollowUpDays)
                      .toInt(),
                  90);
}

void Preferences::setFollowUpDays(int days)
{
    set(QStringLiteral("pipeline/followUpDays"), qBound(1, days, 90));
}

QString Preferences::pageSize() const
{
    return QSettings().value(QStringLiteral("documents/pageSize")).toString();
}

void Preferences::setPageSize(const QString& pageSize)
{
    set(QStringLiteral("documents/pageSize"), pageSize);
}

bool Preferences::pdfA() const
{
    return QSettings().value(QStringLiteral("documents/pdfA")).toBool();
}

void Preferences::setPdfA(bool pdfA)
{
    set(QStringLiteral("documents/pdfA"), pdfA);
}

QString Preferences::templateFor(const QString& area) const
{
    return QSettings().value(QStringLiteral("documents/%1/template").arg(area)).toString();
}

void Preferences::setTemplateFor(const QString& area, const QString& templateId)
{
    set(QStringLiteral("documents/%1/template").arg(area), templateId);
}

std::optional<int> Preferences::reminderDays() const
{
    const int days = QSettings().value(QStringLiteral("calendar/reminderDays"), 1).toInt();
    return days < 0 ? std::nullopt : std::optional(qMin(days, 30));
}

void Preferences::setReminderDays(std::optional<int> days)
{
    set(QStringLiteral("calendar/reminderDays"), days ? qBound(0, *days, 30) : -1);
}

int Preferences::keptBackups() const
{
    return qMax(1, QSettings().value(QStringLiteral("backups/kept"), Backups::defaultKept).toInt());
}

void Preferences::setKeptBackups(int kept)
{
    set(QStringLiteral("backups/kept"), qMax(1, kept));
}

QString Preferences::backupFolder() const
{
    return QSettings().value(ProtectedFiles::backupFolderSetting).toString();
}

void Preferences::setBackupFolder(const QString& folder)
{
    set(ProtectedFiles::backupFolderSetting, folder);
}

bool Preferences::firstStepsHidden(qint64 userId) const
{
    return QSettings().value(QStringLiteral("dashboard/firstStepsHidden/%1").arg(userId)).toBool();
}

void Preferences::setFirstStepsHidden(qint64 userId, bool hidden)
{
    set(QStringLiteral("dashboard/firstStepsHidden/%1").arg(userId), hidden);
}

} // namespace careerdesk
