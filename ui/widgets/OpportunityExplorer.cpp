#include "OpportunityExplorer.h"

#include "documents/OpportunityPage.h"
#include "models/ApplicationModel.h"
#include "services/Workspace.h"
#include "workflows/DocumentGeneration.h"
#include "workflows/PipelineAdvisor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace careerdesk {

OpportunityExplorer::OpportunityExplorer(Workspace& workspace, ApplicationModel* applications,
                                         QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_applications(applications)
    , m_page(new QTextBrowser(this))
    , m_resume(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_apply(new QPushButton(tr("A&pply…"), this))
{
    m_page->setOpenExternalLinks(true);
    m_page->setObjectName(QStringLiteral("postingPage"));
    m_save->setToolTip(tr("Keep this posting in your pipeline as Saved"));
    m_apply->setToolTip(tr("Record that you applied, with the resume and cover letter you sent"));
    m_resume->setToolTip(tr("The resume whose text is matched against the posting's requirements"));
    connect(m_save, &QPushButton::clicked, this, &OpportunityExplorer::save);
    connect(m_apply, &QPushButton::clicked, this, &OpportunityExplorer::apply);
    connect(m_resume, &QComboBox::currentIndexChanged, this, &OpportunityExplorer::refresh);

    m_applyQuestion = [this](const QString& label, const QList<Resume>& resumes,
                             const QList<CoverLetter>& letters, qint64 opportunityId,
                             qint64 preferredResumeId) -> std::optional<ApplyDialog::Choice> {
        ApplyDialog dialog(label, resumes, letters, opportunityId, preferredResumeId, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };

    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Already in your pipeline?"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };

    auto* matchRow = new QHBoxLayout;
    matchRow->addWidget(new QLabel(tr("Match against:"), this));
    matchRow->addWidget(m_resume, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(matchRow);
    layout->addWidget(m_page, 1);
    layout->addLayout(buttons);

    // Only the posting shown matters; an import of many others must not redraw it for each one.
    for (auto signal : {&EntityService::created, &EntityService::changed, &EntityService::removed}) {
        connect(&workspace.applications(), signal, this, &OpportunityExplorer::refresh);
        connect(&workspace.opportunities(), signal, this, [this](qint64 id) {
            if (id == m_opportunityId)
                refresh();
        });
    }
    connect(&workspace.applications(), &EntityService::manyChanged, this, &OpportunityExplorer::refresh);
    connect(&workspace.opportunities(), &EntityService::manyChanged, this, &OpportunityExplorer::refresh);
    for (auto signal : {&EntityService::created, &EntityService::changed, &EntityService::removed})
        connect(&workspace.resumes(), signal, this, &OpportunityExplorer::refreshResumes);
    connect(&workspace.resumes(), &EntityService::manyChanged, this, &OpportunityExplorer::refreshResumes);
    refresh();
}

void OpportunityExplorer::setUserId(qint64 userId)
{
    m_userId = userId;
    refreshResumes();
}

void OpportunityExplorer::showOpportunity(qint64 opportunityId)
{
    m_opportunityId = opportunityId;
    refresh();
}

void OpportunityExplorer::refreshResumes()
{
    const qint64 chosen = m_resume->currentData().toLongLong();
    const QSignalBlocker blocker(m_resume);
    m_resume->clear();
    auto resumes = m_workspace.resumes().getUserResumes(m_userId);
    if (resumes) {
        for (const Resume& resume : *resumes) {
            m_resume->addItem(resume.isDefault ? tr("%1 (default)").arg(resume.name) : resume.name,
                              resume.id);
            if (resume.id == chosen || (chosen == 0 && resume.isDefault))
                m_resume->setCurrentIndex(m_resume->count() - 1);
        }
    }
    if (m_resume->count() == 0)
        m_resume->addItem(tr("(no resume yet: add one in the Resumes tab)"), qint64(0));
    refresh();
}

void OpportunityExplorer::refresh()
{
    auto found = m_opportunityId > 0 ? m_workspace.opportunities().getOpportunityById(m_opportunityId)
                                     : Result<std::optional<Opportunity>>(std::nullopt);
    const bool shown = found && found->has_value();
    m_save->setEnabled(shown && m_userId > 0);
    m_apply->setEnabled(shown && m_userId > 0);
    if (!shown) {
        m_page->setHtml(QStringLiteral("<p><i>") + tr("Select a posting to read it in full.") +
                        QStringLiteral("</i></p>"));
        return;
    }
    const Opportunity& opportunity = found->value();
    std::optional<Application> application;
    if (auto existing = m_workspace.applications().getApplicationForOpportunity(m_userId, m_opportunityId))
        application = *existing;
    m_save->setEnabled(!application);
    // Applying is done once: from a posting not yet in the pipeline, or one only saved.
    m_apply->setEnabled(m_userId > 0 &&
                        (!application || application->applicationStatus == ApplicationStatus::Saved));
    std::optional<OpportunityPage::ResumeMatch> match;
    if (auto resume = m_workspace.resumes().getResume(m_userId, m_resume->currentData().toLongLong())) {
        match = OpportunityPage::ResumeMatch{
            resume->name, RequirementMatcher::match(opportunity.requirements, resume->content)};
    }
    const int scroll = m_page->verticalScrollBar()->value();
    m_page->setHtml(OpportunityPage::html(opportunity, application, match));
    m_page->verticalScrollBar()->setValue(scroll);
}

QString OpportunityExplorer::postingLabel() const
{
    auto found = m_workspace.opportunities().getOpportunityById(m_opportunityId);
    if (!found || !found->has_value())
        return {};
    return tr("%1 at %2").arg(found->value().title, found->value().company);
}

bool OpportunityExplorer::confirmNotADuplicate(const QString& action)
{
    auto found = m_workspace.opportunities().getOpportunityById(m_opportunityId);
    if (!found || !found->has_value())
        return false;
    auto similar = PipelineAdvisor(m_workspace).similarInPipeline(m_userId, found->value());
    if (!similar || similar->isEmpty())
        return true;
    QStringList lines;
    for (const auto& entry : *similar)
        lines << tr("“%1” at %2 (%3)")
                     .arg(entry.posting.title, entry.posting.company,
                          enumLabel(entry.application.applicationStatus));
    return m_confirm(tr("This posting looks like one already in your pipeline:\n%1\n\n%2 it anyway?")
                         .arg(lines.join(QLatin1Char('\n')), action));
}

void OpportunityExplorer::save()
{
    if (m_opportunityId > 0 && m_userId > 0 && confirmNotADuplicate(tr("Save")))
        m_applications->addForOpportunity(m_opportunityId);
}

void OpportunityExplorer::apply()
{
    if (m_opportunityId <= 0 || m_userId <= 0)
        return;
    auto existing = m_workspace.applications().getApplicationForOpportunity(m_userId, m_opportunityId);
    const bool inPipeline = existing && existing->has_value();
    if (!inPipeline && !confirmNotADuplicate(tr("Apply to")))
        return;
    auto resumes = m_workspace.resumes().getUserResumes(m_userId);
    auto letters = m_workspace.coverLetters().getUserCoverLetters(m_userId);
    if (!resumes || !letters) {
        Q_EMIT errorOccurred(!resumes ? resumes.errorMessage() : letters.errorMessage());
        return;
    }
    const auto choice = m_applyQuestion(postingLabel(), *resumes, *letters, m_opportunityId,
                                        m_resume->currentData().toLongLong());
    if (!choice)
        return;
    qint64 letterId = choice->coverLetterId;
    if (choice->generateLetter) {
        auto generated =
            DocumentGeneration::generateCoverLetter(m_workspace, m_userId, m_opportunityId, choice->resumeId);
        if (!generated) {
            Q_EMIT errorOccurred(generated.errorMessage());
            return;
        }
        letterId = generated->id;
    }
    m_applications->apply(m_opportunityId, choice->resumeId, letterId);
}

} // namespace careerdesk
