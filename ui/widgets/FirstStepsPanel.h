#pragma once

#include "workflows/FirstSteps.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace careerdesk {

class Workspace;

// "Getting started" on the Dashboard: the first steps of a new person, each ticked off by itself once
// done (FirstSteps), each with a button that takes it; hidden when all are done, or when the person
// hides it.
class FirstStepsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit FirstStepsPanel(Workspace& workspace, QWidget* parent = nullptr);

    void setUserId(qint64 userId);
    // Whether the steps can be taken here: not in a client's data (a coach reads it), not on a database
    // that cannot be written to.
    void setOffered(bool offered);
    void refresh();
    QPushButton* buttonFor(FirstSteps::Step step) const;
    bool isDone(FirstSteps::Step step) const { return m_steps.isDone(step); }

Q_SIGNALS:
    void stepWanted(careerdesk::FirstSteps::Step step);

private:
    void addStep(FirstSteps::Step step, const QString& text, const QString& button);
    void showIfWanted();

    Workspace& m_workspace;
    qint64 m_userId = 0;
    bool m_offered = true;
    bool m_known = false; // m_steps are this person's
    FirstSteps m_steps;
    QHash<int, QLabel*> m_marks;
    QHash<int, QPushButton*> m_buttons;
    QPushButton* m_hide;
};

} // namespace careerdesk
