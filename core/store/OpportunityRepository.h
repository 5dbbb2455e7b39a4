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
    // Every column but the search vectors PostgreSQL keeps in the table; `prefix` is "o." or empty.
    static QString columns(const QString& prefix = QString());
    static QString entityName(qint64 id);
    static SqlRow toRow(const Opportunity& opportunity);
    static Result<Opportunity> fromRecord(const QSqlRecord& record);

    // Postings matching every criterion that is set: ranked by relevance when there are keywords,
    // newest first otherwise; `now` decides what has expired. Keywords matching more postings than
    // the ranking limit give the postings with them in the title first, then the others.
    Result<QList<Opportunity>> search(const OpportunitySearchCriteria& criteria, const QDateTime& now) const;
    // How many postings match, counted up to `cap` (cap + 1 means "more than cap").
    Result<qint64> count(const OpportunitySearchCriteria& criteria, const QDateTime& now, qint64 cap) const;
    void setRankingLimit(int limit) { m_rankingLimit = qMax(0, limit); }
    Result<QList<Opportunity>> findBySourceUrl(const QString& url) const;
    // Stored postings with one of these links or one of these titles (case aside): the candidates
    // an import checks for duplicates. Keep each list to a few hundred values.
    Result<QList<Opportunity>> findCandidates(const QStringList& urls, const QStringList& titles) const;
    // The FTS5 query for what a person typed; empty when it has no words.
    static QString ftsQuery(const QString& keywords);
    // The same for PostgreSQL's to_tsquery: words joined by &, the last one a prefix.
    static QString tsQuery(const QString& keywords);

    static constexpr int defaultRankingLimit = 1000;

private:
    // One part of a keyword search's results, listed after the parts before it: matches of `match`
    // in the full-text `index`, less those the title tier listed already. On SQLite an index is an FTS5
    // table; on PostgreSQL a tsvector column of opportunities.
    struct Tier
    {
        QString index;
        QString match;
        QString excludeTitleMatch;
        qint64 matches = 0; // counted by probe(), up to one past the ranking limit, filters aside
        // On a server, estimated by probe() before it counts: how many postings match, of how many.
        double estimatedMatches = 0;
        double postings = 0;
    };
    struct Filter
    {
        QStringList conditions; // over `o`, the opportunities table
        QVariantList values;
        QString where() const; // " AND …" or empty
    };

    struct TierSql
    {
        QString with; // "WITH matches AS (…) " ahead of the statement under the policies, or empty
        QVariantList withValues;
        QString from; // "index JOIN opportunities o … WHERE …"
        QVariantList values;
    };

    static QStringList words(const QString& keywords);
    QList<Tier> tiersFor(const QString& keywords) const;
    bool onServer() const { return m_database.dialect() == SqlDialect::PostgreSql; }
    // A person's connection to a server, held to its row-level security policies: PostgreSQL then reads
    // no full-text index for the person's own conditions (@@ is not leakproof), so the matches come from
    // careerdesk_matching_postings() of sql/server-access.sql, which applies the same policy itself.
    bool isHeldToPolicies() const { return m_database.isHeldToPolicies(); }
    bool ranked(const Tier& tier) const { return tier.matches <= m_rankingLimit; }
    // On a server: whether `needed` matches of the tier (the newest, or any) are read through its GIN index
    // rather than from the postings one by one (see the .cpp for why PostgreSQL is not left to choose).
    bool readsIndex(const Tier& tier, qint64 needed, bool newestFirst) const;
    // How a statement on a server is to be read, where PostgreSQL's own choice is known to go wrong: as it
    // chooses, through the full-text index's bitmap, or newest first along the browse index.
    enum class Plan { AsChosen, ThroughMatchIndex, NewestFirst };
    // Runs `read` with PostgreSQL's plans held to `plan` (in a transaction of its own, whose settings end
    // with it).
    template <typename T> Result<T> withPlan(Plan plan, const std::function<Result<T>()>& read) const;
    // The dialect's spelling of "postings that `tier.index` matches", as a FROM clause with its WHERE.
    QString matching(const Tier& tier) const;
    // The call of careerdesk_matching_postings() for the tier; binds the match, how many to read and
    // whether the newest.
    static QString matchingPostings(const Tier& tier);
    // The tier's matches that pass the filter; `throughFunction` (under the policies) reads them from the
    // function: `most` of them (null: all), the newest or any.
    TierSql tierSql(const Tier& tier, const Filter& filter, bool throughFunction, const QVariant& most = {},
                    bool newest = true) const;
    Filter filterOf(const OpportunitySearchCriteria& criteria, const QDateTime& now) const;
    Result<QList<Opportunity>> browse(const Filter& filter, int limit, int offset) const;
    // Counts the matches of tier `index` up to one past the ranking limit, filters aside (Tier::matches);
    // on a server after estimating how many there are.
    Status probe(QList<Tier>& tiers, int index) const;
    Status estimate(Tier& tier) const;
    // Under the policies, for a tier too large to rank: the ids of its newest matches that pass the
    // filter, newest first, up to `needed` of them.
    Result<QList<qint64>> newestPassing(const Tier& tier, const Filter& filter, qint64 needed) const;
    Result<qint64> tierCount(const Tier& tier, const Filter& filter, qint64 cap) const;
    Result<qint64> countRows(const TierSql& sql, qint64 cap, bool byIndex = false) const;
    Result<QList<Opportunity>> tierPage(const Tier& tier, const Filter& filter, int limit,
                                        qint64 offset) const;

    int m_rankingLimit = defaultRankingLimit;
};

} // namespace careerdesk
