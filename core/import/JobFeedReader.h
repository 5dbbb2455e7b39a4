#pragma once

#include "ImportBatch.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace careerdesk {

// RSS 2.0 and Atom job feeds: an item or entry per posting. The company is the item's author (or
// <company>, as several job boards add); failing that, a title written "Role at Company" is split;
// failing that, the feed's own title stands in.
class JobFeedReader
{
    Q_DECLARE_TR_FUNCTIONS(JobFeedReader)

public:
    static bool isFeed(const QByteArray& bytes);
    static Result<ImportBatch> read(const QByteArray& xml, const QDateTime& now);
};

} // namespace careerdesk
