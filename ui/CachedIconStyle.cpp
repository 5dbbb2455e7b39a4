#include "CachedIconStyle.h"

#include <QGuiApplication>
#include <QStyleOption>
#include <QWidget>

namespace careerdesk {

CachedIconStyle::CachedIconStyle(const QString& baseStyle)
    : QProxyStyle(baseStyle)
{}

QIcon CachedIconStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                    const QWidget* widget) const
{
    const Qt::LayoutDirection direction = option   ? option->direction
                                          : widget ? widget->layoutDirection()
                                                   : QGuiApplication::layoutDirection();
    const std::pair<int, int> key(icon, direction);
    auto kept = m_icons.constFind(key);
    if (kept == m_icons.constEnd())
        kept = m_icons.insert(key, QProxyStyle::standardIcon(icon, option, widget));
    return *kept;
}

} // namespace careerdesk
