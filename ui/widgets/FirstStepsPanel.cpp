#include "FirstStepsPanel.h"

#include "Icons.h"
#include "Preferences.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace careerdesk {

FirstStepsPanel::FirstStepsPanel(Workspace& workspace, QWidget* parent)
    : QGroupBox(parent)
    , m_workspace(workspace)
    , m_hide(new QPushButton(tr("Hide This List"), this))
{
    setObjectName(QStringLiteral("firstSteps"));
    m_hide->setObjectName(QStringLiteral("hideFirstSteps"));
    new QGridLayout(this);
    using Step = FirstSteps::Step;
    addStep(Step::Profile, tr("Complete your profile: your name as resumes and letters show it"),
            tr("Edit Profile…"));
    addStep(Step::Resume, tr("Add a resume: import the one you have, or write one"), tr("Import a Resume…"));
    addStep(Step::Posting, tr("Find a first posting: import a saved job page or a board's feed"),
            tr("Import Job Pages…"));
    addStep(Step::Goal, tr("Set a goal for your search"), tr("New Goal"));
    addStep(Step::Reflection, tr("Answer a first question to reflect on"), tr("Reflect…"));
    auto* grid = static_cast<QGridLayout*>(layout());
    grid->addWidget(m_hide, grid->rowCount(), 2, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    connect(m_hide, &QPushButton::clicked, this, [this] {
        Preferences::shared().setFirstStepsHidden(m_userId, true);
        hide();
    });
}

void FirstStepsPanel::addStep(FirstSteps::Step step, const QString& text, const QString& button)
{
    auto* grid = static_cast<QGridLayout*>(layout());
    const int row = grid->rowCount();
    auto* mark = new QLabel(this);
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    auto* take = new QPushButton(button, this);
    take->setObjectName(QStringLiteral("step%1").arg(int(step)));
    connect(take, &QPushButton::clicked, this, [this, step] { Q_EMIT stepWanted(step); });
    grid->addWidget(mark, row, 0);
    grid->addWidget(label, row, 1);
    grid->addWidget(take, row, 2);
    m_marks.insert(int(step), mark);
    m_buttons.insert(int(step), take);
}

QPushButton* FirstStepsPanel::buttonFor(FirstSteps::Step step) const
{
    return m_buttons.value(int(step));
}

void FirstStepsPanel::setUserId(qint64 userId)
{
    m_userId = userId; // the Dashboard's refresh reads the steps, once
    m_known = false;
    showIfWanted();
}

// Asked at every change of the window's actions: it shows or hides what is known, reading nothing.
void FirstStepsPanel::setOffered(bool offered)
{
    if (offered == m_offered)
        return;
    m_offered = offered;
    showIfWanted();
}

void FirstStepsPanel::showIfWanted()
{
    setVisible(m_known && m_offered && m_steps.doneCount() < int(std::size(FirstSteps::all)) &&
               !Preferences::shared().firstStepsHidden(m_userId));
}

void FirstStepsPanel::refresh()
{
    auto steps = m_userId > 0 ? FirstSteps::compute(m_workspace, m_userId) : Result<FirstSteps>(Error{});
    m_known = steps.ok();
    if (!m_known) {
        hide();
        return;
    }
    m_steps = *steps;
    const int done = m_steps.doneCount();
    const int total = int(std::size(FirstSteps::all));
    setTitle(tr("Getting started: %1 of %2 done").arg(done).arg(total));
    for (FirstSteps::Step step : FirstSteps::all) {
        const bool isDone = m_steps.isDone(step);
        // A tick or an empty circle, and the words: done is not told by colour alone.
        m_marks.value(int(step))->setPixmap(
            Icons::named(isDone ? QStringLiteral("object-select") : QStringLiteral("list-add"))
                .pixmap(16, 16));
        m_marks.value(int(step))->setToolTip(isDone ? tr("Done") : tr("Still to do"));
        m_buttons.value(int(step))->setEnabled(!isDone);
    }
    showIfWanted();
}

} // namespace careerdesk
