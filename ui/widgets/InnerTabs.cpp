#include "InnerTabs.h"

#include <QKeyEvent>

namespace careerdesk {

InnerTabs::InnerTabs(QWidget* parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
}

void InnerTabs::keyPressEvent(QKeyEvent* event)
{
    const bool switchesTabs = event->modifiers().testFlag(Qt::ControlModifier) &&
                              (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab ||
                               event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown);
    if (switchesTabs) {
        event->ignore(); // on to the parent, and so to the window's tabs
        return;
    }
    QTabWidget::keyPressEvent(event);
}

} // namespace careerdesk
