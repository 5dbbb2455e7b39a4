#pragma once

#include "Preferences.h"

class QPalette;

namespace careerdesk {

// The window's colours: the desktop's (System), or CareerDesk's own light or dark palette on the Fusion
// style, which looks the same on every desktop.
class Theme
{
public:
    static void apply(Preferences::Theme theme);
    // The theme of the preferences, now and whenever they change.
    static void followPreferences();
    static bool isDark(const QPalette& palette); // light text on a dark window
};

} // namespace careerdesk
