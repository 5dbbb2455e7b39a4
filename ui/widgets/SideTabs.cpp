#include "SideTabs.h"

#include "SideTabBar.h"

namespace careerdesk {

SideTabs::SideTabs(QWidget* parent)
    : QTabWidget(parent)
{
    setTabBar(new SideTabBar(this));
    setTabPosition(QTabWidget::West);
    setDocumentMode(true);
}

} // namespace careerdesk
