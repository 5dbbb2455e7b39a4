#include "OpportunitiesTab.h"

#include "TabHost.h"
#include "models/OpportunityModel.h"
#include "services/Workspace.h"
#include "widgets/OpportunityExplorer.h"
#include "widgets/OpportunitySearchBar.h"
#include "workflows/CoverLetterBatch.h"

#include <QAction>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTabWidget>
#include <QTableView>
#include <QtConcurrent>

namespace careerdesk {

OpportunitiesTab::OpportunitiesTab(TabHost& host, ApplicationModel* applications, QWidget* parent)
    : AreaTab(new OpportunityModel(host.workspace()), QStringLiteral("opportunities"), tr("Opportunities"),
              QStringLiteral("system-search"), parent)
    , m_host(host)
    , m_postings(static_cast<OpportunityModel*>(model()))
{
    auto* generate = new QAction(tr("&Generate Cover Letters"), this);
    generate->setObjectName(QStringLiteral("generateLetters"));
    generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(generate, &QAction::triggered, this, &OpportunitiesTab::generateCoverLetters);
    addOwnAction(generate, [this] { return currentRow() >= 0; });
    addSearchBar();
    addExplorer(applications);
    setEmptyState(
        tr("Job and gig postings, all in one place and searchable: import saved job pages (with "
           "schema.org JobPosting), job feeds (RSS, Atom), JSON postings or a tracker's CSV, or add "
           "one by hand."),
        {firstStep(tr("Import Job Pages…"), QStringLiteral("document-open"),
                   [this] { m_host.askToImport(); }),
         newStep(tr("New Posting"))});
}

bool OpportunitiesTab::isNarrowed() const
{
    return m_searchBar && m_searchBar->isNarrowed();
}

void OpportunitiesTab::showPerson(qint64 userId)
{
    AreaTab::showPerson(userId);
    m_explorer->setUserId(userId);
}

void OpportunitiesTab::addSearchBar()
{
    auto* searchBar = new OpportunitySearchBar(this);
    m_searchBar = searchBar;
    searchBar->setObjectName(QStringLiteral("opportunitySearch"));
    setSearchBar(searchBar);
    connect(searchBar, &OpportunitySearchBar::criteriaChanged, this, [this, searchBar] {
        m_postings->setCriteria(searchBar->criteria());
        updateEmptyState();
    });
    connect(m_postings, &OpportunityModel::resultCountChanged, searchBar, [this, searchBar] {
        searchBar->setResultCount(qMin(m_postings->resultCount(), OpportunityModel::countCap),
                                  m_postings->resultCountCapped()); // -1: counting
    });
}

void OpportunitiesTab::addExplorer(ApplicationModel* applications)
{
    m_explorer = new OpportunityExplorer(m_host.workspace(), applications, this);
    m_explorer->setObjectName(QStringLiteral("opportunityExplorer"));
    addSidePage(m_explorer, tr("Posting"));
    connect(this, &AreaTab::currentRowChanged, m_explorer,
            [this] { m_explorer->showOpportunity(currentId()); });
    // Opening a posting (double-click, Enter) brings its page forward, also from the Edit page.
    for (auto opened : {&QAbstractItemView::doubleClicked, &QAbstractItemView::activated})
        connect(view(), opened, this, [this] { sidePages()->setCurrentWidget(m_explorer); });
    connect(m_explorer, &OpportunityExplorer::errorOccurred, this,
            [this](const QString& message) { m_host.showError(message); });
}

void OpportunitiesTab::generateCoverLetters()
{
    const QList<qint64> postings = selectedIds();
    if (postings.isEmpty())
        return;
    Workspace* workspace = &m_host.workspace();
    const qint64 userId = m_host.userId();
    auto resume = workspace->resumes().getDefaultResume(userId);
    if (!resume || !resume->has_value()) {
        m_host.showError(tr("Add a resume first: cover letters are written from your default resume."));
        return;
    }
    const qint64 resumeId = resume->value().id;
    auto* progress =
        new QProgressDialog(tr("Writing cover letters…"), tr("Cancel"), 0, int(postings.size()), this);
    progress->setObjectName(QStringLiteral("letterProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    auto* watcher = new QFutureWatcher<CoverLetterBatch::Outcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, total = postings.size()] {
        const int done = watcher->progressValue();
        progress->deleteLater();
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            m_host.showMessage(tr("Stopped after %1 of %2 cover letters").arg(done).arg(total), 8000);
            return;
        }
        const CoverLetterBatch::Outcome outcome = watcher->result();
        m_host.showMessage(tr("Wrote %1 cover letters").arg(outcome.letterIds.size()), 8000);
        if (!outcome.problems.isEmpty())
            m_host.showError(tr("Some cover letters could not be written:\n%1")
                                 .arg(outcome.problems.join(QLatin1Char('\n'))));
    });
    // Off the UI thread: the window stays responsive and Cancel works while letters are written.
    watcher->setFuture(QtConcurrent::run(
        [workspace, userId, postings, resumeId](QPromise<CoverLetterBatch::Outcome>& promise) {
            promise.setProgressRange(0, int(postings.size()));
            auto outcome =
                CoverLetterBatch::generate(*workspace, userId, postings, resumeId, [&promise](int done) {
                    promise.setProgressValue(done);
                    return !promise.isCanceled();
                });
            promise.addResult(outcome);
        }));
    progress->show();
}

} // namespace careerdesk
