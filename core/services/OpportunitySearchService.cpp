#include "OpportunitySearchService.h"

#include "Validator.h"

#include <QUrl>

namespace careerdesk {

OpportunitySearchService::OpportunitySearchService(const Database& database, const Clock& clock,
                                                   QObject* parent)
    : EntityService(database, clock, parent)
    , m_opportunities(database)
{}

OpportunitySearchService::PostingWriter::PostingWriter(const Database& database)
    : m_rows(OpportunityRepository(database))
    , m_indexing(database)
{}

Status OpportunitySearchService::validate(const Opportunity& opportunity) const
{
    Validator validator;
    validator.required(tr("Title"), opportunity.title)
        .maxLength(tr("Title"), opportunity.title)
        .required(tr("Company"), opportunity.company)
        .maxLength(tr("Company"), opportunity.company)
        .maxLength(tr("Location"), opportunity.location)
        .maxLength(tr("Description"), opportunity.description, Validator::longTextLimit)
        .check(opportunity.postedAt.isValid(), tr("The posting date is missing"))
        .check(!opportunity.expiresAt.isValid() || !opportunity.postedAt.isValid() ||
                   opportunity.expiresAt >= opportunity.postedAt,
               [&] {
                   return tr("The posting expires (%1) before it was posted (%2)")
                       .arg(opportunity.expiresAt.toString(Qt::ISODate),
                            opportunity.postedAt.toString(Qt::ISODate));
               });
    if (!opportunity.sourceUrl.isEmpty()) {
        const QUrl url(opportunity.sourceUrl, QUrl::StrictMode);
        validator.check(
            url.isValid() &&
                (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")),
            [&] {
                return tr("The source link \"%1\" is not an http(s) address").arg(opportunity.sourceUrl);
            });
    }
    for (const QString& requirement : opportunity.requirements)
        validator.maxLength(tr("Requirement"), requirement);
    if (opportunity.salaryRange)
        validator.merge(opportunity.salaryRange->validate());
    return validator.status();
}

Result<QList<Opportunity>>
OpportunitySearchService::searchOpportunities(const OpportunitySearchCriteria& criteria) const
{
    if (criteria.limit < 1 || criteria.limit > maximumPageSize)
        return Error{tr("A search returns 1 to %1 results at a time, not %2")
                         .arg(maximumPageSize)
                         .arg(criteria.limit)};
    if (criteria.offset < 0)
        return Error{tr("A search cannot start at a negative position (%1)").arg(criteria.offset)};
    if (Status valid = validateFilters(criteria); !valid)
        return valid.error();
    return m_opportunities.search(criteria, now());
}

Result<qint64> OpportunitySearchService::countOpportunities(const OpportunitySearchCriteria& criteria,
                                                            qint64 cap) const
{
    if (Status valid = validateFilters(criteria); !valid)
        return valid.error();
    return m_opportunities.count(criteria, now(), cap);
}

Status OpportunitySearchService::validateFilters(const OpportunitySearchCriteria& criteria) const
{
    if (criteria.salaryMinCents && criteria.salaryMaxCents &&
        *criteria.salaryMinCents > *criteria.salaryMaxCents)
        return Error{tr("The minimum salary is greater than the maximum")};
    return {};
}

Result<std::optional<Opportunity>> OpportunitySearchService::getOpportunityById(qint64 id) const
{
    return m_opportunities.findById(id);
}

Result<QList<Opportunity>> OpportunitySearchService::getOpportunitiesByType(OpportunityType type, int limit,
                                                                            int offset) const
{
    OpportunitySearchCriteria criteria;
    criteria.type = type;
    criteria.limit = limit;
    criteria.offset = offset;
    return searchOpportunities(criteria);
}

Result<QList<Opportunity>> OpportunitySearchService::getActiveOpportunities(int limit, int offset) const
{
    OpportunitySearchCriteria criteria;
    criteria.status = OpportunityStatus::Active;
    criteria.limit = limit;
    criteria.offset = offset;
    return searchOpportunities(criteria);
}

Result<Opportunity> OpportunitySearchService::createOpportunity(Opportunity opportunity)
{
    if (!opportunity.postedAt.isValid())
        opportunity.postedAt = now();
    if (Status valid = validate(opportunity); !valid)
        return valid.error();
    auto inserted = m_opportunities.insert(opportunity);
    if (inserted)
        announce(&EntityService::created, inserted->id);
    return inserted;
}

Result<Opportunity> OpportunitySearchService::updateOpportunity(Opportunity opportunity)
{
    if (Status valid = validate(opportunity); !valid)
        return valid.error();
    auto stored = m_opportunities.get(opportunity.id);
    if (!stored)
        return stored.error();
    opportunity.ownerId = stored->ownerId;
    if (Status updated = m_opportunities.update(opportunity); !updated)
        return updated.error();
    announce(&EntityService::changed, opportunity.id);
    return opportunity;
}

Status OpportunitySearchService::deleteOpportunity(qint64 id)
{
    Status removedRow = m_opportunities.remove(id);
    if (removedRow)
        announce(&EntityService::removed, id);
    return removedRow;
}

} // namespace careerdesk
