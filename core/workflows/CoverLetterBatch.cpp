#include "CoverLetterBatch.h"

#include "DocumentGeneration.h"

#include "services/Workspace.h"

namespace careerdesk {

CoverLetterBatch::Outcome CoverLetterBatch::generate(Workspace& workspace, qint64 userId,
                                                     const QList<qint64>& opportunityIds, qint64 resumeId,
                                                     const std::function<bool(int done)>& progress)
{
    Outcome outcome;
    for (int i = 0; i < opportunityIds.size(); ++i) {
        auto letter =
            DocumentGeneration::generateCoverLetter(workspace, userId, opportunityIds.at(i), resumeId);
        if (letter)
            outcome.letterIds << letter->id;
        else
            outcome.problems << tr("Opportunity %1: %2").arg(opportunityIds.at(i)).arg(letter.errorMessage());
        if (progress && !progress(i + 1)) {
            outcome.cancelled = i + 1 < opportunityIds.size();
            break;
        }
    }
    return outcome;
}

} // namespace careerdesk
