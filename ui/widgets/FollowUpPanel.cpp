#include "FollowUpPanel.h"

#include "Preferences.h"
#include "services/Workspace.h"
#include "workflows/PipelineAdvisor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace careerdesk {

FollowUpPanel::FollowUpPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_state(new QLabel(this))
    , m_email(new QCheckBox(tr("with an email draft"), this))
    , m_followUp(new QPushButton(tr("&Follow Up"), this))
{
    m_state->setWordWrap(true);
    m_email->setChecked(true);
    m_followUp->setToolTip(tr("Adds a “Follow up” action item due today, linked to this posting"));
    connect(m_followUp, &QPushButton::clicked, this, &FollowUpPanel::followUp);
    connect(&Preferences::shared(), &Preferences::changed, this, &FollowUpPanel::refresh); // the wait
    for (EntityService* service : {static_cast<EntityService*>(&workspace.applications()),
                                   static_cast<EntityService*>(&workspace.actionItems())}) {
        for (auto signal : {&EntityService::created, &EntityService::changed, &EntityService::removed})
            connect(service, signal, this, &FollowUpPanel::refresh, Qt::QueuedConnection);
        connect(service, &EntityService::manyChanged, this, &FollowUpPanel::refresh, Qt::QueuedConnection);
    }
    auto* row = new QHBoxLayout;
    row->addWidget(m_followUp);
    row->addWidget(m_email);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(row);
    refresh();
}

void FollowUpPanel::showEvent(QShowEvent* event)
{
    refresh(); // days pass while the window is open
    QWidget::showEvent(event);
}

void FollowUpPanel::setUserId(qint64 userId)
{
    m_userId = userId;
    refresh();
}

void FollowUpPanel::showApplication(qint64 applicationId)
{
    m_applicationId = applicationId;
    refresh();
}

int FollowUpPanel::waitDays() const
{
    return Preferences::shared().followUpDays();
}

QString FollowUpPanel::daysText(int days)
{
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

void FollowUpPanel::refresh()
{
    m_due.clear();
    auto due = PipelineAdvisor(m_workspace).followUpsDue(m_userId, ApplicationStatus::Applied, waitDays());
    if (due) {
        for (const auto& entry : *due)
            m_due << entry.application.id;
    }
    const bool selectedIsDue = m_due.contains(m_applicationId);
    m_followUp->setEnabled(selectedIsDue);
    m_state->setText(
        selectedIsDue
            ? tr("<b>Follow-up due:</b> no news for %1 or more since you applied.").arg(daysText(waitDays()))
            : tr("A follow-up is offered after %1 in Applied without news (Edit › Preferences).")
                  .arg(daysText(waitDays())));
    Q_EMIT dueCountChanged();
}

void FollowUpPanel::followUp()
{
    auto created =
        PipelineAdvisor(m_workspace).createFollowUp(m_userId, m_applicationId, m_email->isChecked());
    if (!created)
        Q_EMIT errorOccurred(created.errorMessage());
    else
        Q_EMIT followedUp(created->actionItem.title, created->added);
}

} // namespace careerdesk
