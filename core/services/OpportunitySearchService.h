#pragma once

#include "EntityService.h"
#include "domain/Opportunity.h"
#include "domain/OpportunitySearchCriteria.h"
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

    Result<QList<Opportunity>> searchOpportunities(const OpportunitySearchCriteria& criteria) const;
    Result<std::optional<Opportunity>> getOpportunityById(qint64 id) const;
    Result<QList<Opportunity>> getOpportunitiesByType(OpportunityType type, int limit = 50,
                                                      int offset = 0) const;
    Result<QList<Opportunity>> getActiveOpportunities(int limit = 50, int offset = 0) const;

    Result<Opportunity> createOpportunity(Opportunity opportunity);
    Result<Opportunity> updateOpportunity(const Opportunity& opportunity);
    Status deleteOpportunity(qint64 id);

    Status validate(const Opportunity& opportunity) const;

private:
    OpportunityRepository m_opportunities;
};

} // namespace careerdesk
