#pragma once

#include "workflows/FirstSteps.h"

#include <QWidget>

class QLabel;
class QGridLayout;

namespace careerdesk {

class DashboardCharts;
class FirstStepsPanel;
class Workspace;

// The figures that say where the search stands; they follow every change in the other tabs.
class DashboardTab : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardTab(Workspace& workspace, QWidget* parent = nullptr);

    void setUserId(qint64 userId);
    QString figure(const QString& name) const; // a shown figure by its object name, for tests
    DashboardCharts* charts() const { return m_charts; }
    FirstStepsPanel* firstSteps() const { return m_firstSteps; }

Q_SIGNALS:
    void stepWanted(careerdesk::FirstSteps::Step step); // a button of "Getting started"

private:
    void scheduleRefresh();
    void refresh();
    QLabel* addFigure(QGridLayout* grid, int row, int column, const QString& name, const QString& title);

    Workspace& m_workspace;
    qint64 m_userId = 0;
    bool m_refreshPending = false;
    QList<QLabel*> m_statusFigures;
    QLabel* m_overdue;
    QLabel* m_goalsInProgress;
    QLabel* m_goalsCompleted;
    QLabel* m_promptsDue;
    QLabel* m_followUpsDue;
    QLabel* m_postings;
    DashboardCharts* m_charts;
    FirstStepsPanel* m_firstSteps;
};

} // namespace careerdesk
