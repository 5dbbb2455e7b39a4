#pragma once

#include "services/RowRefs.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace careerdesk {

class Workspace;

// Under an application's form: whether it has waited long enough in Applied for a follow-up, and
// the one click that creates the "Follow up" action item (and, if wanted, an email draft).
class FollowUpPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpPanel(Workspace& workspace, QWidget* parent = nullptr);

    void setUserId(qint64 userId);
    void showApplication(qint64 applicationId);
    int waitDays() const; // the setting: days in Applied without news before a follow-up is due
    int dueCount() const { return int(m_due.size()); } // applications of the user due a follow-up
    QSet<qint64> due() const { return m_due; }

    QPushButton* followUpButton() const { return m_followUp; }
    QCheckBox* emailDraft() const { return m_email; }

Q_SIGNALS:
    void dueCountChanged();
    void errorOccurred(const QString& message);
    void followedUp(const QString& title, const RowRefs& added); // for the undo history

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void followUp();
    static QString daysText(int days);

    Workspace& m_workspace;
    qint64 m_userId = 0;
    qint64 m_applicationId = 0;
    QSet<qint64> m_due; // the applications
    QLabel* m_state;
    QCheckBox* m_email;
    QPushButton* m_followUp;
};

} // namespace careerdesk
