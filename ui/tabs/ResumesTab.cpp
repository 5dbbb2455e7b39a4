#include "ResumesTab.h"

#include "TabHost.h"
#include "models/ResumeModel.h"

namespace careerdesk {

ResumesTab::ResumesTab(TabHost& host, QWidget* parent)
    : DocumentTab(host, new ResumeModel(host.workspace()), QStringLiteral("resumes"), tr("Resumes"),
                  DocumentTemplate::Kind::Resume, ResumeModel::Content, QStringLiteral("x-office-document"),
                  parent)
    , m_resumes(static_cast<ResumeModel*>(model()))
{
    setEmptyState(
        tr("Your resumes, one for each direction you apply in. Import the one you have (PDF, Word, Markdown "
           "or JSON Resume), or write one in Markdown and print it with a template."),
        {firstStep(tr("Import a Resume…"), QStringLiteral("document-open"), [&host] { host.askToImport(); }),
         newStep(tr("New Resume"))});
}

QString ResumesTab::rowActionText() const
{
    return tr("Set as &Default");
}

bool ResumesTab::offersRowAction(int row) const
{
    return !m_resumes->entityAt(row).isDefault;
}

void ResumesTab::runRowAction(int row)
{
    m_resumes->setAsDefault(row);
}

} // namespace careerdesk
