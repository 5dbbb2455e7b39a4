#pragma once

#include <QIcon>

namespace careerdesk {

// Icons by their freedesktop names: the desktop's own theme first (Adwaita, Breeze, …), and where it has
// none of a name, or there is no theme at all (bare X, offscreen), CareerDesk's own set
// (resources/icons/CareerDesk: Tango's public-domain icons).
class Icons
{
public:
    static void install(); // once, before the first icon is asked for
    static QIcon named(const QString& name);
    static QIcon own(const QString& name); // CareerDesk's own set alone; null for a name it lacks
};

} // namespace careerdesk
