#pragma once

#include "Repository.h"
#include "domain/Opportunity.h"
#include "domain/OpportunitySearchCriteria.h"

namespace careerdesk {

class OpportunityRepository : public Repository<OpportunityRepository, Opportunity>
{
public:
    using Repository::Repository;

    static QString table() { return QStringLiteral("opportunities"); }
    static QString orderBy() { return QStringLiteral("posted_at DESC, id DESC"); }
    static QString entityName(qint64 id);
    static SqlRow toRow(const Opportunity& opportunity);
    static Result<Opportunity> fromRecord(const QSqlRecord& record);

    // Postings matching every criterion that is set: ranked by relevance when there are keywords,
    // newest first otherwise; `now` decides what has expired.
    Result<QList<Opportunity>> search(const OpportunitySearchCriteria& criteria, const QDateTime& now) const;
    Result<QList<Opportunity>> findBySourceUrl(const QString& url) const;
    // The FTS5 query for what a person typed; empty when it has no words.
    static QString ftsQuery(const QString& keywords);
};

} // namespace careerdesk
