#pragma once

#include "domain/Result.h"
#include "workflows/GoalProgress.h"
#include "workflows/PipelineStatistics.h"

#include <QWidget>

class QBarSet;
class QChartView;
class QLabel;
class QStackedWidget;

namespace careerdesk {

// The dashboard's charts: applications per stage (the funnel), applications sent per week over the
// last twelve weeks with the response rate, and goals per category by progress. A chart with nothing
// to show says what to do instead.
class DashboardCharts : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    void show(const PipelineStatistics& statistics);
    void show(const GoalProgress& progress);
    bool isPipelineEmpty() const;
    bool isGoalsEmpty() const;
    QBarSet* funnelValues() const { return m_funnel; }
    QBarSet* weeklyValues() const { return m_weekly; }
    QBarSet* goalValues(GoalStatus status) const; // Completed, InProgress or NotStarted (with Paused)
    QString responseRate() const;
    // Writes the charts as they are shown: SVG for a .svg file, PNG otherwise.
    Status save(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QStackedWidget* chartOrHint(QChartView* chart, const QString& hint);
    void followPalette();
    void askWhereToSave();

    QWidget* m_charts;
    QStackedWidget* m_funnelPage;
    QStackedWidget* m_weeklyPage;
    QStackedWidget* m_goalsPage;
    QChartView* m_funnelView;
    QChartView* m_weeklyView;
    QChartView* m_goalsView;
    QBarSet* m_funnel;
    QBarSet* m_weekly;
    QBarSet* m_goalsCompleted;
    QBarSet* m_goalsInProgress;
    QBarSet* m_goalsNotStarted;
    QLabel* m_rate;
};

} // namespace careerdesk
