#include "PromptsTab.h"

#include "TabHost.h"
#include "models/PromptAnswerModel.h"
#include "models/PromptModel.h"
#include "models/UndoCommand.h"
#include "workflows/StarterPrompts.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

namespace careerdesk {

PromptsTab::PromptsTab(TabHost& host, QWidget* parent)
    : AreaTab(new PromptModel(host.workspace()), QStringLiteral("prompts"), tr("Prompts"),
              QStringLiteral("help-browser"), parent)
    , m_host(host)
    , m_prompts(static_cast<PromptModel*>(model()))
    , m_answers(new PromptAnswerModel(host.workspace(), this))
{
    auto* answer = new QAction(tr("&Answer Prompt…"), this);
    answer->setObjectName(QStringLiteral("answer"));
    answer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(answer, &QAction::triggered, this, &PromptsTab::answerPrompt);
    addOwnAction(answer, [this] { return currentRow() >= 0; });
    addJournal();
    setEmptyState(
        tr("Questions to practise for interviews and to reflect on, daily, weekly or monthly; your "
           "answers are kept, dated, as a journal. Start with a few good ones, or write your own."),
        {firstStep(tr("Add Starter Prompts"), QStringLiteral("list-add"), [this] { addStarterPrompts(); }),
         newStep(tr("New Prompt"))});
}

void PromptsTab::addStarterPrompts()
{
    auto added = StarterPrompts::add(m_host.workspace(), m_host.userId());
    if (!added) {
        m_host.showError(added.errorMessage());
        return;
    }
    model()->reload();
    m_host.undoStack()->push(
        UndoCommand::forAdded(m_host.workspace(), tr("Add starter prompts"), *added,
                              [this](const QString& message) { m_host.showError(message); }));
}

std::optional<AreaTab::Attention> PromptsTab::attention() const
{
    return Attention{m_prompts->dueCount(), tr("Prompts due: %1"), true, 1};
}

void PromptsTab::showPerson(qint64 userId)
{
    AreaTab::showPerson(userId);
    // The tab has chosen its row again; the journal shows the chosen prompt's answers.
    m_answers->setPrompt(userId, currentId());
}

void PromptsTab::addJournal()
{
    auto* journal = new QTableView(this);
    journal->setObjectName(QStringLiteral("journal"));
    journal->setModel(m_answers);
    journal->verticalHeader()->hide();
    journal->horizontalHeader()->setStretchLastSection(true);
    journal->setEditTriggers(QAbstractItemView::NoEditTriggers);
    journal->setMinimumHeight(160);
    auto* answer = new QPushButton(tr("&Answer…"), this);
    connect(answer, &QPushButton::clicked, this, &PromptsTab::answerPrompt);
    addDetailWidget(new QLabel(tr("Journal:"), this));
    addDetailWidget(journal);
    addDetailWidget(answer);
    connect(this, &AreaTab::currentRowChanged, this,
            [this] { m_answers->setPrompt(m_host.userId(), currentId()); });
}

void PromptsTab::answerPrompt()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const auto text = m_host.questions().askText(tr("Answer"), m_prompts->entityAt(row).text);
    if (!text || text->trimmed().isEmpty())
        return;
    m_prompts->answer(row, *text);
}

} // namespace careerdesk
