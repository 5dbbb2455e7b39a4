#pragma once

#include <QTabWidget>

namespace careerdesk {

// The window's areas as a column of tabs down its left side, each an icon and a name read across: room
// for every area at any window width, and for the areas still to come.
class SideTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit SideTabs(QWidget* parent = nullptr);
};

} // namespace careerdesk
