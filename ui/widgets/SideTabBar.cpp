#include "SideTabBar.h"

#include <QStyleOptionTab>
#include <QStylePainter>

namespace careerdesk {

namespace {

constexpr int margin = 10;     // left of the icon, right of the text
constexpr int iconGap = 8;     // between icon and text
constexpr int rowPadding = 14; // above and below the text, together

} // namespace

SideTabBar::SideTabBar(QWidget* parent)
    : QTabBar(parent)
{
    setIconSize(QSize(16, 16));
    setExpanding(false);
}

QSize SideTabBar::tabSizeHint(int index) const
{
    QFont bold = font();
    bold.setBold(true); // the current tab's text is bold: every tab has room for it
    const QFontMetrics metrics(bold);
    const int width =
        margin + iconSize().width() + iconGap + metrics.horizontalAdvance(tabText(index)) + margin;
    const int height = qMax(metrics.height(), iconSize().height()) + rowPadding;
    return {width, height};
}

void SideTabBar::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    for (int index = 0; index < count(); ++index) {
        if (!isTabVisible(index))
            continue;
        QStyleOptionTab option;
        initStyleOption(&option, index);
        painter.drawControl(QStyle::CE_TabBarTabShape, option);
        const bool current = index == currentIndex();
        const QRect row = tabRect(index).adjusted(margin, 0, -margin, 0);
        const QRect iconRect(row.left(), row.center().y() - iconSize().height() / 2, iconSize().width(),
                             iconSize().height());
        tabIcon(index).paint(&painter, iconRect, Qt::AlignCenter,
                             isTabEnabled(index) ? QIcon::Normal : QIcon::Disabled);
        QFont font = painter.font();
        font.setBold(current);
        painter.setFont(font);
        painter.setPen(palette().color(isTabEnabled(index) ? QPalette::Active : QPalette::Disabled,
                                       QPalette::WindowText));
        painter.drawText(row.adjusted(iconSize().width() + iconGap, 0, 0, 0),
                         Qt::AlignVCenter | Qt::AlignLeft, tabText(index));
    }
}

} // namespace careerdesk
