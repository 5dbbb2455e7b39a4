#include "Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace careerdesk {

Banner::Banner(const QString& name, QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    const QString frameName = name + QStringLiteral("Banner");
    setObjectName(frameName);
    setStyleSheet(QStringLiteral("#%1 { background: #fde8e8; border-bottom: 1px solid #e0a0a0; }"
                                 " #%1 QLabel { color: #7a1010; }")
                      .arg(frameName));
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
