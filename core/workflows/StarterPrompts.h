#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"
#include "services/RowRefs.h"

#include <QCoreApplication>

namespace careerdesk {

class Workspace;

// A handful of good questions to start the Prompts journal with: interview practice, a weekly reflection,
// monthly coaching questions. Offered where the journal is empty, instead of an empty list.
class StarterPrompts
{
    Q_DECLARE_TR_FUNCTIONS(StarterPrompts)

public:
    struct Question
    {
        QString text;
        PromptCategory category;
        PromptCadence cadence;
    };
    static QList<Question> questions();
    // Adds those the person has not got yet (same text), in one transaction; the rows added, for undo.
    static Result<RowRefs> add(Workspace& workspace, qint64 userId);
};

} // namespace careerdesk
