#include "Icons.h"

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

QIcon Icons::named(const QString& name)
{
    install();
    return QIcon::fromTheme(name);
}

} // namespace careerdesk
