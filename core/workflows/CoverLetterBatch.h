#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace careerdesk {

class Workspace;

// Cover letters for many postings at once. Safe to run off the UI thread: the store gives each
// thread its own connection, and the services' signals reach the window queued.
class CoverLetterBatch
{
    Q_DECLARE_TR_FUNCTIONS(CoverLetterBatch)

public:
    struct Outcome
    {
        QList<qint64> letterIds; // the letters written, in the order of the postings
        QStringList problems;    // one line per posting that could not get a letter
        bool cancelled = false;
    };

    // `progress(done)` is called after each posting; returning false stops the batch there.
    static Outcome generate(Workspace& workspace, qint64 userId, const QList<qint64>& opportunityIds,
                            qint64 resumeId, const std::function<bool(int done)>& progress);
};

} // namespace careerdesk
