#pragma once

#include <QTabBar>

namespace careerdesk {

// A tab bar on the west side whose tabs are laid out as rows: icon and text left-aligned and upright,
// not turned on their side as QTabBar draws them there.
class SideTabBar : public QTabBar
{
    Q_OBJECT

public:
    explicit SideTabBar(QWidget* parent = nullptr);

protected:
    QSize tabSizeHint(int index) const override;
    void paintEvent(QPaintEvent* event) override;
};

} // namespace careerdesk
