#pragma once

class QMenu;

namespace careerdesk {

class MainWindow;

// The window's menus and tool bar, laid out from its actions (by name) and its tabs' own, with the icons
// of actions and tabs; and what only the menus offer: Help › Keyboard Shortcuts and About.
class MainMenus
{
public:
    static void build(MainWindow& window);

private:
    static void setIcons(MainWindow& window);
    static void addPreferences(MainWindow& window, QMenu* menu);
    static void addHelp(MainWindow& window);
};

} // namespace careerdesk
