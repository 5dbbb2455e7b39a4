#pragma once

#include "SyntheticPostings.h"
#include "domain/Opportunity.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>

namespace careerdesk {

// A JSON file of schema.org JobPosting records, as job boards and scrapers write them: what the import
// benchmarks read through File › Import.
class JobPostingFile
{
public:
    // `count` synthetic postings (SyntheticPostings from `seed`), each with its own link, as on a job board.
    static QList<Opportunity> postings(int count, quint64 seed = SyntheticPostings::defaultSeed);
    static QJsonObject jobPosting(const Opportunity& posting);
    // One JSON array of every posting's JobPosting, written to `path` (replaced).
    static Status write(const QString& path, const QList<Opportunity>& postings);
};

} // namespace careerdesk
