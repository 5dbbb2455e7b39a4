#include "Icons.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

namespace careerdesk {

void Icons::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    const QString own = QStringLiteral("CareerDesk");
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral(":/icons"));
    QIcon::setFallbackThemeName(own);
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(own);
}

// CareerDesk's own icon of that name, every size it has. A desktop theme that inherits (Adwaita and
// Breeze inherit hicolor) may never reach the fallback theme, so it is asked for by name here.
QIcon Icons::own(const QString& name)
{
    static const QHash<QString, QStringList> files = [] {
        QHash<QString, QStringList> byName;
        QDirIterator found(QStringLiteral(":/icons/CareerDesk"), QDir::Files, QDirIterator::Subdirectories);
        while (found.hasNext()) {
            const QString path = found.next();
            byName[QFileInfo(path).completeBaseName()] << path;
        }
        return byName;
    }();
    QIcon icon;
    for (const QString& file : files.value(name))
        icon.addFile(file);
    return icon;
}

QIcon Icons::named(const QString& name)
{
    install();
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : own(name);
}

} // namespace careerdesk
