#include "PipelineCharts.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

namespace careerdesk {

namespace {

QChartView* chartView(QAbstractBarSeries* series, const QString& title, Qt::Orientation values,
                      QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* categories = new QBarCategoryAxis(chart);
    auto* counts = new QValueAxis(chart);
    counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categories, values == Qt::Horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, values == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

void setCategories(QChartView* view, const QStringList& labels, int maximum)
{
    const auto axes = view->chart()->axes();
    for (QAbstractAxis* axis : axes) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            categories->clear();
            categories->append(labels);
            categories->setTruncateLabels(false);
        } else if (auto* counts = qobject_cast<QValueAxis*>(axis)) {
            counts->setRange(0, qMax(1, maximum));
            counts->setTickCount(qMin(qMax(1, maximum), 5) + 1);
        }
    }
}

} // namespace

PipelineCharts::PipelineCharts(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_funnel(new QBarSet(tr("Applications"), this))
    , m_weekly(new QBarSet(tr("Applied"), this))
    , m_rate(new QLabel(this))
    , m_charts(new QWidget(this))
{
    auto* funnelSeries = new QHorizontalBarSeries(this);
    funnelSeries->append(m_funnel);
    funnelSeries->setLabelsVisible(true);
    auto* weeklySeries = new QBarSeries(this);
    weeklySeries->append(m_weekly);
    m_funnelView = chartView(funnelSeries, tr("Pipeline: applications per stage"), Qt::Horizontal, m_charts);
    m_weeklyView = chartView(weeklySeries, tr("Applications sent per week"), Qt::Vertical, m_charts);
    for (QAbstractAxis* axis : m_weeklyView->chart()->axes(Qt::Horizontal))
        axis->setLabelsAngle(-60);
    m_rate->setObjectName(QStringLiteral("responseRate"));
    m_rate->setWordWrap(true);

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_funnelView, 1);
    charts->addWidget(m_weeklyView, 1);
    auto* chartsLayout = new QVBoxLayout(m_charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addLayout(charts);
    chartsLayout->addWidget(m_rate);

    auto* empty =
        new QLabel(tr("No applications yet. Save a posting or apply to one in the Opportunities tab, "
                      "and your pipeline, your weekly pace and the share of answers will show here."),
                   this);
    empty->setObjectName(QStringLiteral("chartsEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(empty);
    m_pages->addWidget(m_charts);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    auto* save = new QAction(tr("Save Charts as PNG…"), this);
    connect(save, &QAction::triggered, this, &PipelineCharts::askWhereToSave);
    m_charts->addAction(save);
    m_charts->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QChartView* view : {m_funnelView, m_weeklyView}) {
        view->addAction(save);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
}

void PipelineCharts::show(const PipelineStatistics& statistics)
{
    int total = 0;
    int widest = 0;
    QStringList stages;
    m_funnel->remove(0, m_funnel->count());
    // The funnel reads top-down from Saved: a horizontal bar chart draws its first category lowest.
    const auto keys = statistics.perStage.keys();
    for (auto stage = keys.crbegin(); stage != keys.crend(); ++stage) {
        const int count = statistics.perStage.value(*stage);
        stages << enumLabel(*stage);
        *m_funnel << count;
        total += count;
        widest = qMax(widest, count);
    }
    setCategories(m_funnelView, stages, widest);

    QStringList weeks;
    int busiest = 0;
    m_weekly->remove(0, m_weekly->count());
    for (const auto& [monday, count] : statistics.appliedPerWeek) {
        weeks << QLocale().toString(monday, QStringLiteral("d MMM"));
        *m_weekly << count;
        busiest = qMax(busiest, count);
    }
    setCategories(m_weeklyView, weeks, busiest);

    m_rate->setText(statistics.applied == 0
                        ? tr("Response rate: none of your applications has been sent yet.")
                        : tr("Response rate: %1% — %2 of the %3 applications you sent got past Applied.")
                              .arg(statistics.responseRate())
                              .arg(statistics.answered)
                              .arg(statistics.applied));
    m_pages->setCurrentIndex(total == 0 ? 0 : 1);
}

bool PipelineCharts::isEmptyState() const
{
    return m_pages->currentIndex() == 0;
}

QString PipelineCharts::responseRate() const
{
    return m_rate->text();
}

bool PipelineCharts::saveAsPng(const QString& path) const
{
    return m_charts->grab().save(path, "PNG");
}

void PipelineCharts::askWhereToSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Charts"), folder + tr("/CareerDesk charts.png"), tr("PNG image (*.png)"));
    if (!path.isEmpty() && !saveAsPng(path))
        m_rate->setText(tr("Could not write %1").arg(path));
}

} // namespace careerdesk
