#pragma once

#include "services/PipelineStatistics.h"

#include <QWidget>

class QBarSet;
class QChartView;
class QLabel;
class QStackedWidget;

namespace careerdesk {

// The dashboard's charts: applications per stage (the funnel) and applications sent per week over
// the last twelve weeks, with the response rate. With no applications they say what to do instead.
class PipelineCharts : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineCharts(QWidget* parent = nullptr);

    void show(const PipelineStatistics& statistics);
    bool isEmptyState() const;
    QBarSet* funnelValues() const { return m_funnel; }
    QBarSet* weeklyValues() const { return m_weekly; }
    QString responseRate() const;
    // Writes the charts as they are shown to a PNG file; false when the file cannot be written.
    bool saveAsPng(const QString& path) const;

private:
    void askWhereToSave();

    QStackedWidget* m_pages;
    QChartView* m_funnelView;
    QChartView* m_weeklyView;
    QBarSet* m_funnel;
    QBarSet* m_weekly;
    QLabel* m_rate;
    QWidget* m_charts;
};

} // namespace careerdesk
