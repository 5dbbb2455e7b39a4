#include "CoverLettersTab.h"

#include "TabHost.h"
#include "models/CoverLetterModel.h"

namespace careerdesk {

CoverLettersTab::CoverLettersTab(TabHost& host, QWidget* parent)
    : DocumentTab(host, new CoverLetterModel(host.workspace()), QStringLiteral("coverLetters"),
                  tr("Cover Letters"), DocumentTemplate::Kind::CoverLetter, CoverLetterModel::Content,
                  QStringLiteral("text-x-generic"), parent)
{
    setEmptyState(
        tr("Letters for your applications. Generate one from a posting (Opportunities › Generate Cover "
           "Letters, or Apply…), import one you wrote, or write one here."),
        {firstStep(tr("Import a Letter…"), QStringLiteral("document-open"), [&host] { host.askToImport(); }),
         newStep(tr("New Cover Letter"))});
}

} // namespace careerdesk
