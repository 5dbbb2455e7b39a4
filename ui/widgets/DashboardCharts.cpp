#include "DashboardCharts.h"

#include "Theme.h"
#include "files/SavedFile.h"

#include <QAction>
#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
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

void clear(QBarSet* set)
{
    set->remove(0, set->count());
}

QByteArray svgOf(QWidget* widget)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(QCoreApplication::translate("DashboardCharts", "CareerDesk charts"));
    QPainter painter(&generator);
    widget->render(&painter);
    painter.end();
    return bytes;
}

QByteArray pngOf(QWidget* widget)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    widget->grab().save(&buffer, "PNG");
    return bytes;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent)
    , m_charts(new QWidget(this))
    , m_funnel(new QBarSet(tr("Applications"), this))
    , m_weekly(new QBarSet(tr("Applied"), this))
    , m_goalsCompleted(new QBarSet(enumLabel(GoalStatus::Completed), this))
    , m_goalsInProgress(new QBarSet(enumLabel(GoalStatus::InProgress), this))
    , m_goalsNotStarted(new QBarSet(tr("Waiting"), this)) // not started or paused: short, for the legend
    , m_rate(new QLabel(this))
{
    auto* funnelSeries = new QHorizontalBarSeries(this);
    funnelSeries->append(m_funnel);
    funnelSeries->setLabelsVisible(true);
    auto* weeklySeries = new QBarSeries(this);
    weeklySeries->append(m_weekly);
    auto* goalsSeries = new QHorizontalStackedBarSeries(this);
    goalsSeries->append({m_goalsCompleted, m_goalsInProgress, m_goalsNotStarted});
    m_funnelView = chartView(funnelSeries, tr("Pipeline: applications per stage"), Qt::Horizontal, m_charts);
    m_weeklyView = chartView(weeklySeries, tr("Applications sent per week"), Qt::Vertical, m_charts);
    m_goalsView = chartView(goalsSeries, tr("Goals by category"), Qt::Horizontal, m_charts);
    followPalette();
    m_goalsView->chart()->legend()->show();
    m_goalsView->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_goalsView->chart()->legend()->setShowToolTips(true); // a name cut short (a longer language) in full
    for (QAbstractAxis* axis : m_weeklyView->chart()->axes(Qt::Horizontal))
        axis->setLabelsAngle(-90);
    m_rate->setObjectName(QStringLiteral("responseRate"));
    m_rate->setWordWrap(true);

    const QString noApplications =
        tr("No applications yet. Save a posting or apply to one in the Opportunities tab, and your "
           "pipeline will show here.");
    m_funnelPage = chartOrHint(m_funnelView, noApplications);
    m_weeklyPage = chartOrHint(m_weeklyView, tr("Nothing sent yet. When you apply, your weekly pace "
                                                "and the share of answers will show here."));
    m_goalsPage = chartOrHint(m_goalsView, tr("No goals yet. Add one in the Goals tab (Ctrl+N there) "
                                              "and watch it move from not started to done."));
    m_funnelPage->widget(0)->setObjectName(QStringLiteral("chartsEmpty"));

    auto* grid = new QGridLayout(m_charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_funnelPage, 0, 0);
    grid->addWidget(m_weeklyPage, 0, 1);
    grid->addWidget(m_goalsPage, 0, 2);
    grid->addWidget(m_rate, 1, 0, 1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_charts);

    auto* save = new QAction(tr("Save Charts as PNG or SVG…"), this);
    save->setObjectName(QStringLiteral("saveCharts"));
    connect(save, &QAction::triggered, this, &DashboardCharts::askWhereToSave);
    for (QWidget* target :
         std::initializer_list<QWidget*>{m_charts, m_funnelView, m_weeklyView, m_goalsView}) {
        target->addAction(save);
        target->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
}

QStackedWidget* DashboardCharts::chartOrHint(QChartView* chart, const QString& hint)
{
    auto* page = new QStackedWidget(m_charts);
    auto* label = new QLabel(hint, page);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMinimumHeight(chart->minimumHeight());
    page->addWidget(label);
    page->addWidget(chart);
    return page;
}

void DashboardCharts::show(const PipelineStatistics& statistics)
{
    int total = 0;
    int widest = 0;
    QStringList stages;
    clear(m_funnel);
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
    clear(m_weekly);
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
    m_funnelPage->setCurrentIndex(total == 0 ? 0 : 1);
    m_weeklyPage->setCurrentIndex(statistics.applied == 0 ? 0 : 1);
}

void DashboardCharts::show(const GoalProgress& progress)
{
    QStringList categories;
    int widest = 0;
    for (QBarSet* set : {m_goalsCompleted, m_goalsInProgress, m_goalsNotStarted})
        clear(set);
    const auto keys = progress.perCategory.keys();
    for (auto category = keys.crbegin(); category != keys.crend(); ++category) {
        const GoalProgress::Counts counts = progress.perCategory.value(*category);
        categories << enumLabel(*category);
        *m_goalsCompleted << counts.completed;
        *m_goalsInProgress << counts.inProgress;
        *m_goalsNotStarted << counts.notStarted;
        widest = qMax(widest, counts.total());
    }
    setCategories(m_goalsView, categories, widest);
    m_goalsPage->setCurrentIndex(progress.total() == 0 ? 0 : 1);
}

bool DashboardCharts::isPipelineEmpty() const
{
    return m_funnelPage->currentIndex() == 0;
}

bool DashboardCharts::isGoalsEmpty() const
{
    return m_goalsPage->currentIndex() == 0;
}

void DashboardCharts::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    QWidget::changeEvent(event);
}

// The charts' own theme follows the window's palette, light or dark; the goals keep their colours.
void DashboardCharts::followPalette()
{
    const QChart::ChartTheme theme =
        Theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChartView* view : {m_funnelView, m_weeklyView, m_goalsView}) {
        if (view->chart()->theme() != theme)
            view->chart()->setTheme(theme);
    }
    const bool dark = theme == QChart::ChartThemeDark;
    m_goalsCompleted->setColor(dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32));
    m_goalsInProgress->setColor(dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1e, 0x88, 0xe5));
    m_goalsNotStarted->setColor(dark ? QColor(0x60, 0x7d, 0x8b) : QColor(0xb0, 0xbe, 0xc5));
}

QBarSet* DashboardCharts::goalValues(GoalStatus status) const
{
    switch (status) {
    case GoalStatus::Completed:
        return m_goalsCompleted;
    case GoalStatus::InProgress:
        return m_goalsInProgress;
    default:
        return m_goalsNotStarted;
    }
}

QString DashboardCharts::responseRate() const
{
    return m_rate->text();
}

Status DashboardCharts::save(const QString& path) const
{
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    return SavedFile::write(path, svg ? svgOf(m_charts) : pngOf(m_charts));
}

void DashboardCharts::askWhereToSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Charts"), folder + tr("/CareerDesk charts.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (Status saved = save(path); !saved)
        QMessageBox::warning(this, tr("Save Charts"), saved.errorMessage());
}

} // namespace careerdesk
