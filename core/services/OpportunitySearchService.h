#pragma once

#include "EntityService.h"
#include "domain/Opportunity.h"
#include "domain/OpportunitySearchCriteria.h"
#include "store/BulkSearchIndexing.h"
#include "store/OpportunityRepository.h"

namespace careerdesk {

// The local index of postings that every user of the database searches ("Search for Gig"), and the
// ways postings get into it.
class OpportunitySearchService : public EntityService
{
    Q_OBJECT

public:
    static constexpr int maximumPageSize = 1000;

    OpportunitySearchService(const Database& database, const Clock& clock, QObject* parent = nullptr);
    QString table() const override { return OpportunityRepository::table(); }

    Result<QList<Opportunity>> searchOpportunities(const OpportunitySearchCriteria& criteria) const;
    // Postings matching the criteria (limit and offset aside), counted up to `cap`; cap + 1 means more.
    Result<qint64> countOpportunities(const OpportunitySearchCriteria& criteria, qint64 cap) const;
    // Beyond this many matches, keyword results come title matches first instead of fully ranked.
    void setRankingLimit(int limit) { m_opportunities.setRankingLimit(limit); }
    Result<std::optional<Opportunity>> getOpportunityById(qint64 id) const;
    // The posting, or an error that names it when it is not there.
    Result<Opportunity> getOpportunity(qint64 id) const { return m_opportunities.get(id); }
    // The postings with these ids, by id, in one read (those not there are left out): what a view of
    // rows that link postings reads once instead of once per row.
    Result<QHash<qint64, Opportunity>> getOpportunitiesById(const QList<qint64>& ids) const
    {
        return m_opportunities.findByIds(ids);
    }
    Result<QList<Opportunity>> getOpportunitiesByType(OpportunityType type, int limit = 50,
                                                      int offset = 0) const;
    Result<QList<Opportunity>> getActiveOpportunities(int limit = 50, int offset = 0) const;

    Result<Opportunity> createOpportunity(Opportunity opportunity);
    Result<Opportunity> updateOpportunity(Opportunity opportunity);
    Status deleteOpportunity(qint64 id);

    Status validate(const Opportunity& opportunity) const;
    // Stored postings with one of these links or one of these titles (case aside): the candidates an
    // import checks its postings against for duplicates. Keep each list to a few hundred values.
    Result<QList<Opportunity>> findCandidates(const QStringList& urls, const QStringList& titles) const
    {
        return m_opportunities.findCandidates(urls, titles);
    }

    // Many new postings at once (an import), inside the caller's transaction from begin() to finish():
    // each row written by one statement prepared once, and all of them indexed for search together at
    // the end, which is several times faster than row by row. The postings are validated beforehand
    // (validate()); nothing is announced, so the caller reloads its views once afterwards.
    class PostingWriter
    {
    public:
        explicit PostingWriter(const Database& database);

        Status begin() { return m_indexing.begin(); }
        Result<qint64> add(const Opportunity& posting) { return m_rows.insert(posting); }
        // Indexes what add() wrote; `progress` hears how many are indexed so far, and false cancels.
        Status finish(const BulkSearchIndexing::Progress& progress = {})
        {
            return m_indexing.finish(progress);
        }

    private:
        OpportunityRepository::Inserter m_rows;
        BulkSearchIndexing m_indexing;
    };
    PostingWriter postingWriter() const { return PostingWriter(database()); }

private:
    Status validateFilters(const OpportunitySearchCriteria& criteria) const;

    OpportunityRepository m_opportunities;
};

} // namespace careerdesk
