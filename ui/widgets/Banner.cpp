#include "Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace careerdesk {

Banner::Banner(const QString& name, QWidget* parent, Tone tone)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    const QString frameName = name + QStringLiteral("Banner");
    setObjectName(frameName);
    const bool warning = tone == Tone::Warning;
    setStyleSheet(
        QStringLiteral("#%1 { background: %2; border-bottom: 1px solid %3; } #%1 QLabel { color: %4; }")
            .arg(frameName, warning ? QStringLiteral("#fde8e8") : QStringLiteral("#e6f0fb"),
                 warning ? QStringLiteral("#e0a0a0") : QStringLiteral("#a8c4e6"),
                 warning ? QStringLiteral("#7a1010") : QStringLiteral("#17375e")));
    m_text->setObjectName(name + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_layout->setContentsMargins(10, 6, 10, 6);
    m_layout->addWidget(m_text, 1);
    hide();
}

void Banner::addButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layout->addWidget(button);
}

void Banner::say(const QString& message, const QString& details)
{
    m_text->setText(message);
    m_text->setToolTip(details);
    show();
}

} // namespace careerdesk
