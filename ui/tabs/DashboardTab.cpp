#include "DashboardTab.h"

#include "Icons.h"
#include "Preferences.h"
#include "models/OpportunityModel.h"

#include "services/Workspace.h"
#include "widgets/DashboardCharts.h"
#include "widgets/FirstStepsPanel.h"
#include "workflows/PipelineAdvisor.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace careerdesk {

DashboardTab::DashboardTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setWindowIcon(Icons::named(QStringLiteral("utilities-system-monitor")));
    setObjectName(QStringLiteral("dashboard"));
    auto* pipeline = new QGroupBox(tr("Applications by status"), this);
    auto* pipelineGrid = new QGridLayout(pipeline);
    int index = 0;
    for (ApplicationStatus status : enumValues<ApplicationStatus>()) {
        m_statusFigures << addFigure(pipelineGrid, index / 4, index % 4,
                                     QStringLiteral("status_") + enumKey(status), enumLabel(status));
        ++index;
    }
    auto* today = new QGroupBox(tr("Needs you"), this);
    auto* todayGrid = new QGridLayout(today);
    m_overdue = addFigure(todayGrid, 0, 0, QStringLiteral("overdue"), tr("Overdue action items"));
    m_followUpsDue = addFigure(todayGrid, 0, 1, QStringLiteral("followUpsDue"), tr("Follow-ups due"));
    m_promptsDue = addFigure(todayGrid, 0, 2, QStringLiteral("promptsDue"), tr("Prompts due for reflection"));
    auto* progress = new QGroupBox(tr("Progress"), this);
    auto* progressGrid = new QGridLayout(progress);
    m_goalsInProgress =
        addFigure(progressGrid, 0, 0, QStringLiteral("goalsInProgress"), tr("Goals in progress"));
    m_goalsCompleted = addFigure(progressGrid, 0, 1, QStringLiteral("goalsCompleted"), tr("Goals completed"));
    m_postings = addFigure(progressGrid, 0, 2, QStringLiteral("activePostings"), tr("Active postings"));

    m_charts = new DashboardCharts(this);
    m_charts->setObjectName(QStringLiteral("charts"));
    m_firstSteps = new FirstStepsPanel(workspace, this);
    connect(m_firstSteps, &FirstStepsPanel::stepWanted, this, &DashboardTab::stepWanted);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_firstSteps);
    layout->addWidget(m_charts, 1);
    layout->addWidget(pipeline);
    layout->addWidget(today);
    layout->addWidget(progress);

    for (EntityService* service : std::initializer_list<EntityService*>{
             &workspace.applications(), &workspace.actionItems(), &workspace.goals(), &workspace.prompts(),
             &workspace.opportunities(), &workspace.resumes(), &workspace.users()}) {
        connect(service, &EntityService::created, this, &DashboardTab::scheduleRefresh);
        connect(service, &EntityService::changed, this, &DashboardTab::scheduleRefresh);
        connect(service, &EntityService::removed, this, &DashboardTab::scheduleRefresh);
        connect(service, &EntityService::manyChanged, this, &DashboardTab::scheduleRefresh);
    }
    connect(&Preferences::shared(), &Preferences::changed, this, &DashboardTab::scheduleRefresh); // the wait
}

QLabel* DashboardTab::addFigure(QGridLayout* grid, int row, int column, const QString& name,
                                const QString& title)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    auto* value = new QLabel(QStringLiteral("0"), box);
    value->setObjectName(name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    value->setFont(big);
    value->setAlignment(Qt::AlignCenter);
    auto* caption = new QLabel(title, box);
    caption->setAlignment(Qt::AlignCenter);
    caption->setWordWrap(true);
    layout->addWidget(value);
    layout->addWidget(caption);
    grid->addWidget(box, row, column);
    return value;
}

void DashboardTab::setUserId(qint64 userId)
{
    m_userId = userId;
    m_firstSteps->setUserId(userId);
    refresh();
}

QString DashboardTab::figure(const QString& name) const
{
    auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

void DashboardTab::scheduleRefresh()
{
    // Many changes in a row (an import, an undo of a cascade) make one refresh.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &DashboardTab::refresh);
}

void DashboardTab::refresh()
{
    m_refreshPending = false;
    m_firstSteps->refresh();
    const QLocale locale;
    const auto statuses = enumValues<ApplicationStatus>();
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        auto inStatus = m_workspace.applications().getOpportunitiesByApplicationStatus(m_userId, statuses[i]);
        m_statusFigures.at(qsizetype(i))
            ->setText(inStatus ? locale.toString(inStatus->size()) : QStringLiteral("–"));
    }
    if (auto statistics = PipelineStatistics::compute(m_workspace, m_userId))
        m_charts->show(*statistics);
    auto overdue = m_workspace.actionItems().getOverdueActionItems(m_userId);
    m_overdue->setText(overdue ? locale.toString(overdue->size()) : QStringLiteral("–"));
    auto followUps =
        PipelineAdvisor(m_workspace)
            .followUpsDue(m_userId, ApplicationStatus::Applied, Preferences::shared().followUpDays());
    m_followUpsDue->setText(followUps ? locale.toString(followUps->size()) : QStringLiteral("–"));
    auto due = m_workspace.prompts().getPromptsDue(m_userId);
    m_promptsDue->setText(due ? locale.toString(due->size()) : QStringLiteral("–"));
    // The goal figures and the goals chart come from one read of the goals.
    auto progress = GoalProgress::compute(m_workspace, m_userId);
    if (progress)
        m_charts->show(*progress);
    m_goalsInProgress->setText(progress ? locale.toString(progress->count(GoalStatus::InProgress))
                                        : QStringLiteral("–"));
    m_goalsCompleted->setText(progress ? locale.toString(progress->count(GoalStatus::Completed))
                                       : QStringLiteral("–"));
    OpportunitySearchCriteria activeOnes;
    activeOnes.status = OpportunityStatus::Active;
    auto active = m_workspace.opportunities().countOpportunities(activeOnes, OpportunityModel::countCap);
    m_postings->setText(!active ? QStringLiteral("–")
                        : *active > OpportunityModel::countCap
                            ? tr("More than %1").arg(locale.toString(OpportunityModel::countCap))
                            : locale.toString(*active));
}

} // namespace careerdesk
