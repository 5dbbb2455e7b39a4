#include "CoverLettersTab.h"

#include "TabHost.h"
#include "models/CoverLetterModel.h"

namespace careerdesk {

CoverLettersTab::CoverLettersTab(TabHost& host, QWidget* parent)
    : DocumentTab(host, new CoverLetterModel(host.workspace()), QStringLiteral("coverLetters"),
                  tr("Cover Letters"), DocumentTemplate::Kind::CoverLetter, CoverLetterModel::Content,
                  QStringLiteral("text-x-generic"), parent)
{}

} // namespace careerdesk
