#include "ApplicationsTab.h"

#include "TabHost.h"
#include "domain/DisplayFormat.h"
#include "domain/EnumStrings.h"
#include "models/ApplicationModel.h"
#include "models/OpportunityModel.h"
#include "models/UndoCommand.h"
#include "services/Workspace.h"
#include "widgets/ApplicationBoard.h"
#include "widgets/FollowUpPanel.h"
#include "widgets/RowDelegate.h"
#include "workflows/ApplicationDossier.h"

#include <QLabel>
#include <QListWidget>
#include <QUndoStack>

namespace careerdesk {

ApplicationsTab::ApplicationsTab(TabHost& host, QWidget* parent)
    : AreaTab(new ApplicationModel(host.workspace()), QStringLiteral("applications"), tr("Applications"),
              QStringLiteral("document-send"), parent)
    , m_host(host)
    , m_applications(static_cast<ApplicationModel*>(model()))
{
    rowDelegate()->setStageColumn(ApplicationModel::Status);
    addBoard();
    addHistory();
    addFollowUps();
    setEmptyState(
        tr("Your pipeline: every posting you saved or applied to, by stage, as a table or a board. Save or "
           "apply to a posting on the Opportunities tab, or import another tracker's CSV."),
        {firstStep(tr("Import a Tracker's CSV…"), QStringLiteral("document-open"),
                   [this] { m_host.askToImport(); })});
}

qint64 ApplicationsTab::addNew()
{
    QList<QPair<qint64, QString>> choices;
    for (int row = 0; m_postings && row < m_postings->rowCount(); ++row) {
        const qint64 opportunityId = m_postings->idAt(row);
        auto existing =
            m_host.workspace().applications().getApplicationForOpportunity(m_host.userId(), opportunityId);
        if (existing && !existing->has_value())
            choices << qMakePair(opportunityId, m_postings->itemName(row));
    }
    if (choices.isEmpty()) {
        m_host.showError(tr(
            "Every opportunity is already in your pipeline. Add a posting in the Opportunities tab first."));
        return 0;
    }
    const qint64 opportunityId = m_host.questions().chooseOpportunity(choices);
    if (opportunityId <= 0)
        return 0;
    return m_applications->addForOpportunity(opportunityId);
}

std::optional<DocumentRequest> ApplicationsTab::currentDocument() const
{
    const int row = currentRow();
    if (row < 0)
        return std::nullopt;
    DocumentRequest document;
    document.request.id = currentId();
    document.request.subject = DocumentExporter::Subject::ApplicationDossier;
    document.title = ApplicationDossier::title(model()->index(row, 0).data().toString(),
                                               model()->index(row, 1).data().toString());
    return document;
}

std::optional<AreaTab::Attention> ApplicationsTab::attention() const
{
    return Attention{m_followUps->dueCount(), tr("Follow-ups due: %1"), false, 2};
}

void ApplicationsTab::showPerson(qint64 userId)
{
    AreaTab::showPerson(userId);
    m_followUps->setUserId(userId);
}

void ApplicationsTab::addBoard()
{
    auto* board = new ApplicationBoard(m_applications, this);
    board->setObjectName(QStringLiteral("board"));
    addListPage(board, tr("Board"));
    connect(board, &ApplicationBoard::applicationSelected, this, &AreaTab::selectId);
    // The board shows every stage: the form beside it gives up what it can spare.
    connect(listPages(), &QTabWidget::currentChanged, this, [this, board] {
        if (listPages()->currentWidget() == board)
            widenList(board, board->widthForEveryStage());
    });
    connect(this, &AreaTab::currentRowChanged, board, [this, board] { board->selectId(currentId()); });
}

void ApplicationsTab::addHistory()
{
    auto* history = new QListWidget(this);
    history->setObjectName(QStringLiteral("history"));
    history->setMinimumHeight(120);
    // A narrow form (beside the Board) wraps an entry rather than hiding its end behind a scroll bar.
    history->setWordWrap(true);
    history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &AreaTab::currentRowChanged, history, [this, history] { showHistory(history); });
    connect(&m_host.workspace().applications(), &EntityService::changed, history,
            [this, history] { showHistory(history); });
    connect(&m_host.workspace().applications(), &EntityService::manyChanged, history,
            [this, history] { showHistory(history); });
    addDetailWidget(new QLabel(tr("Stage history:"), this));
    addDetailWidget(history);
}

// The stage history of the selected application, oldest first.
void ApplicationsTab::showHistory(QListWidget* history)
{
    history->clear();
    const qint64 id = currentId();
    if (id <= 0)
        return;
    auto events = m_host.workspace().applications().getApplicationHistory(m_host.userId(), id);
    if (!events)
        return;
    for (const ApplicationEvent& event : *events) {
        const QString at = DisplayFormat::dateTime(event.at);
        history->addItem(
            event.fromStatus
                ? tr("%1: %2 → %3").arg(at, enumLabel(*event.fromStatus), enumLabel(event.toStatus))
                : tr("%1: added as %2").arg(at, enumLabel(event.toStatus)));
    }
}

void ApplicationsTab::addFollowUps()
{
    m_followUps = new FollowUpPanel(m_host.workspace(), this);
    m_followUps->setObjectName(QStringLiteral("followUps"));
    addDetailWidget(m_followUps);
    connect(this, &AreaTab::currentRowChanged, m_followUps,
            [this] { m_followUps->showApplication(currentId()); });
    connect(m_followUps, &FollowUpPanel::dueCountChanged, this, [this] {
        applications()->setFollowUpsDue(m_followUps->due());
        Q_EMIT attentionChanged();
    });
    connect(m_followUps, &FollowUpPanel::followedUp, this,
            [this](const QString& title, const RowRefs& added) {
                m_host.undoStack()->push(
                    UndoCommand::forAdded(m_host.workspace(), title, added,
                                          [this](const QString& message) { m_host.showError(message); }));
            });
    connect(m_followUps, &FollowUpPanel::errorOccurred, this,
            [this](const QString& message) { m_host.showError(message); });
}

} // namespace careerdesk
