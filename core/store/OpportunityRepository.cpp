#include "OpportunityRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <limits>

namespace careerdesk {

namespace {

// LIKE pattern for "contains `word`", with LIKE's own wildcards taken literally.
QString containsPattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('%'), QLatin1String("\\%"));
    word.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

QVariant nullableMoney(const std::optional<SalaryRange>& range, qint64 (*amount)(const SalaryRange&))
{
    if (!range)
        return QVariant(QMetaType::fromType<qlonglong>());
    return amount(*range);
}

QVariant nullableText(const std::optional<SalaryRange>& range, QString (*text)(const SalaryRange&))
{
    if (!range)
        return QVariant(QMetaType::fromType<QString>());
    return text(*range);
}

} // namespace

QString OpportunityRepository::columns(const QString& prefix)
{
    // The entity's own columns as toRow() writes them, with its id and version.
    static const QStringList names = [] {
        QStringList all{QStringLiteral("id")};
        for (const auto& [column, value] : toRow(Opportunity()))
            all << column;
        return all << QStringLiteral("row_version");
    }();
    return prefix + names.join(QStringLiteral(", ") + prefix);
}

QString OpportunityRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("OpportunityRepository", "Opportunity %1").arg(id);
}

SqlRow OpportunityRepository::toRow(const Opportunity& opportunity)
{
    const auto& salary = opportunity.salaryRange;
    return {
        {QStringLiteral("title"), SqlValues::fromText(opportunity.title)},
        {QStringLiteral("company"), SqlValues::fromText(opportunity.company)},
        {QStringLiteral("description"), SqlValues::fromText(opportunity.description)},
        {QStringLiteral("requirements"), SqlValues::fromStringList(opportunity.requirements)},
        {QStringLiteral("type"), enumKey(opportunity.type)},
        {QStringLiteral("location"), SqlValues::fromText(opportunity.location)},
        {QStringLiteral("is_remote"), opportunity.isRemote},
        {QStringLiteral("salary_min_cents"),
         nullableMoney(salary, [](const SalaryRange& r) { return r.minCents; })},
        {QStringLiteral("salary_max_cents"),
         nullableMoney(salary, [](const SalaryRange& r) { return r.maxCents; })},
        {QStringLiteral("salary_currency"),
         nullableText(salary, [](const SalaryRange& r) { return r.currency; })},
        {QStringLiteral("salary_period"),
         nullableText(salary, [](const SalaryRange& r) { return enumKey(r.period); })},
        {QStringLiteral("salary_min_yearly_cents"),
         nullableMoney(salary, [](const SalaryRange& r) { return r.yearlyMinCents(); })},
        {QStringLiteral("salary_max_yearly_cents"),
         nullableMoney(salary, [](const SalaryRange& r) { return r.yearlyMaxCents(); })},
        {QStringLiteral("posted_at"), SqlValues::fromDateTime(opportunity.postedAt)},
        {QStringLiteral("expires_at"), SqlValues::fromDateTime(opportunity.expiresAt)},
        {QStringLiteral("status"), enumKey(opportunity.status)},
        {QStringLiteral("source_url"), SqlValues::fromText(opportunity.sourceUrl)},
        {QStringLiteral("owner_id"), SqlValues::fromId(opportunity.ownerId)},
    };
}

Result<Opportunity> OpportunityRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    Opportunity opportunity;
    opportunity.id = read.id();
    opportunity.title = read.text("title");
    opportunity.company = read.text("company");
    opportunity.description = read.text("description");
    opportunity.requirements = read.list("requirements");
    opportunity.type = read.enumValue<OpportunityType>("type");
    opportunity.location = read.text("location");
    opportunity.isRemote = read.boolean("is_remote");
    if (!read.isNull("salary_currency")) {
        SalaryRange salary;
        salary.minCents = read.integer("salary_min_cents");
        salary.maxCents = read.integer("salary_max_cents");
        salary.currency = read.text("salary_currency");
        salary.period = read.enumValue<SalaryPeriod>("salary_period");
        opportunity.salaryRange = salary;
    }
    opportunity.postedAt = read.time("posted_at");
    opportunity.expiresAt = read.time("expires_at");
    opportunity.status = read.enumValue<OpportunityStatus>("status");
    opportunity.sourceUrl = read.text("source_url");
    opportunity.ownerId = read.id("owner_id");
    return read.finish(opportunity);
}

QStringList OpportunityRepository::words(const QString& keywords)
{
    // Words as a person types them: letters and digits only, so that nothing in them is query syntax
    // (quotes, -, *, NEAR, :, &, !, parentheses).
    QStringList terms;
    QString word;
    const QString folded = keywords + QLatin1Char(' ');
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            terms << word;
            word.clear();
        }
    }
    return terms;
}

namespace {

QStringList quoted(QStringList words)
{
    for (QString& word : words)
        word = QLatin1Char('"') + word + QLatin1Char('"');
    return words;
}

} // namespace

QString OpportunityRepository::ftsQuery(const QString& keywords)
{
    const QStringList found = quoted(words(keywords));
    return found.isEmpty() ? QString() : found.join(QLatin1Char(' ')) + QLatin1Char('*');
}

QString OpportunityRepository::tsQuery(const QString& keywords)
{
    const QStringList found = words(keywords);
    return found.isEmpty() ? QString() : found.join(QStringLiteral(" & ")) + QStringLiteral(":*");
}

OpportunityRepository::Filter OpportunityRepository::filterOf(const OpportunitySearchCriteria& criteria,
                                                              const QDateTime& now) const
{
    Filter filter;
    // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE that of every letter.
    const QString like =
        onServer() ? QStringLiteral(" ILIKE ? ESCAPE '\\'") : QStringLiteral(" LIKE ? ESCAPE '\\'");
    auto add = [&filter](const char* condition, const QVariantList& values) {
        filter.conditions << QString::fromLatin1(condition);
        filter.values << values;
    };
    if (ftsQuery(criteria.keywords).isEmpty() && !criteria.keywords.trimmed().isEmpty()) {
        // No words at all ("%", "C#"…): look for the text as typed.
        const QString pattern = containsPattern(criteria.keywords.trimmed());
        filter.conditions << QStringLiteral("(o.title") + like + QStringLiteral(" OR o.company") + like +
                                 QStringLiteral(" OR o.description") + like +
                                 QStringLiteral(" OR o.requirements") + like +
                                 QStringLiteral(" OR o.location") + like + QLatin1Char(')');
        filter.values << pattern << pattern << pattern << pattern << pattern;
    }
    if (!criteria.location.trimmed().isEmpty()) {
        filter.conditions << QStringLiteral("o.location") + like;
        filter.values << containsPattern(criteria.location.trimmed());
    }
    // The same rule as the server's policies, for the person searching: on a file it is the only one.
    // There, `+` keeps SQLite off the owner index: through it the first page of a browse read and sorted
    // every published posting (150 ms at 100,000) where the browse index, which holds the owner too,
    // stops at the page.
    if (criteria.viewerId > 0) {
        if (onServer())
            add("(o.owner_id IS NULL OR o.owner_id = ?)", {criteria.viewerId});
        else
            add("(+o.owner_id IS NULL OR +o.owner_id = ?)", {criteria.viewerId});
    }
    if (criteria.type)
        add("o.type = ?", {enumKey(*criteria.type)});
    if (criteria.isRemote)
        add("o.is_remote = ?", {*criteria.isRemote});
    if (criteria.salaryMinCents)
        add("o.salary_max_yearly_cents >= ?", {*criteria.salaryMinCents});
    if (criteria.salaryMaxCents)
        add("o.salary_min_yearly_cents <= ?", {*criteria.salaryMaxCents});
    if ((criteria.salaryMinCents || criteria.salaryMaxCents) && !criteria.salaryCurrency.isEmpty())
        add("o.salary_currency = ?", {criteria.salaryCurrency});
    if (criteria.postedAfter.isValid())
        add("o.posted_at > ?", {SqlValues::fromDateTime(criteria.postedAfter)});
    if (criteria.status) {
        add("o.status = ?", {enumKey(*criteria.status)});
        // A posting past its expiry date counts as expired whatever its stored status says.
        if (*criteria.status == OpportunityStatus::Active)
            add("(o.expires_at IS NULL OR o.expires_at > ?)", {SqlValues::fromDateTime(now)});
    }
    return filter;
}

QString OpportunityRepository::Filter::where() const
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" AND ") + conditions.join(QStringLiteral(" AND "));
}

QList<OpportunityRepository::Tier> OpportunityRepository::tiersFor(const QString& keywords) const
{
    const QStringList found = words(keywords);
    if (found.isEmpty())
        return {};
    // The last word is a prefix, but a prefix match over the large index reads every posting of
    // every word it starts; the small title index answers first, then whole words, and only then
    // the words that merely start with the last one.
    // FTS5 and tsquery spell the same three queries their own way.
    const QString exact =
        onServer() ? found.join(QStringLiteral(" & ")) : quoted(found).join(QLatin1Char(' '));
    const QString prefix = exact + (onServer() ? QStringLiteral(":*") : QStringLiteral("*"));
    const QString butNot = onServer() ? QStringLiteral(") & !(") : QStringLiteral(") NOT (");
    const QString titleIndex =
        onServer() ? QStringLiteral("o.title_search") : QStringLiteral("opportunities_title_fts");
    const QString mainIndex = onServer() ? QStringLiteral("o.search") : QStringLiteral("opportunities_fts");
    return {
        {titleIndex, prefix, QString()},
        {mainIndex, exact, prefix},
        {mainIndex, QLatin1Char('(') + prefix + butNot + exact + QLatin1Char(')'), prefix},
    };
}

// `tier.index` is one of the fixed names tiersFor() spells, never data; the match itself is bound.
QString OpportunityRepository::matching(const Tier& tier) const
{
    if (onServer())
        return QStringLiteral("opportunities o WHERE ") + tier.index +
               QStringLiteral(" @@ to_tsquery('careerdesk', ?)");
    return tier.index + QStringLiteral(" JOIN opportunities o ON o.id = ") + tier.index +
           QStringLiteral(".rowid WHERE ") + tier.index + QStringLiteral(" MATCH ?");
}

QString OpportunityRepository::matchingPostings(const Tier& tier)
{
    const bool titleOnly = tier.index == QLatin1String("o.title_search");
    return QStringLiteral("careerdesk_matching_postings(to_tsquery('careerdesk', ?), ") +
           (titleOnly ? QStringLiteral("true") : QStringLiteral("false")) + QStringLiteral(", ?, ?)");
}

Result<QList<Opportunity>> OpportunityRepository::search(const OpportunitySearchCriteria& criteria,
                                                         const QDateTime& now) const
{
    const Filter filter = filterOf(criteria, now);
    const int limit = qMax(0, criteria.limit);
    QList<Tier> tiers = tiersFor(criteria.keywords);
    if (tiers.isEmpty())
        return browse(filter, limit, qMax(0, criteria.offset));

    QList<Opportunity> page;
    qint64 skip = qMax(0, criteria.offset);
    for (int i = 0; i < tiers.size() && page.size() < limit; ++i) {
        if (Status probed = probe(tiers, i); !probed)
            return probed.error();
        if (tiers.at(i).matches == 0)
            continue;
        auto rows = tierPage(tiers.at(i), filter, limit - int(page.size()), skip);
        if (!rows)
            return rows.error();
        if (!rows->isEmpty()) {
            skip = 0;
        } else if (skip > 0) {
            auto passed = tierCount(tiers.at(i), filter, skip);
            if (!passed)
                return passed.error();
            skip = qMax<qint64>(0, skip - *passed);
        }
        page << *rows;
    }
    return page;
}

Result<qint64> OpportunityRepository::count(const OpportunitySearchCriteria& criteria, const QDateTime& now,
                                            qint64 cap) const
{
    const Filter filter = filterOf(criteria, now);
    QList<Tier> tiers = tiersFor(criteria.keywords);
    if (tiers.isEmpty())
        return countRows(
            {{}, {}, QStringLiteral("opportunities o WHERE 1 = 1") + filter.where(), filter.values}, cap);
    qint64 total = 0;
    for (int i = 0; i < tiers.size() && total <= cap; ++i) {
        if (Status probed = probe(tiers, i); !probed)
            return probed.error();
        if (tiers.at(i).matches == 0)
            continue;
        auto counted = tierCount(tiers.at(i), filter, cap - total);
        if (!counted)
            return counted.error();
        total += *counted;
    }
    return total;
}

Status OpportunityRepository::estimate(Tier& tier) const
{
    auto estimated = SqlQuery::run(connection(),
                                   QStringLiteral("SELECT matches, postings FROM careerdesk_match_estimate("
                                                  "to_tsquery('careerdesk', ?), ?)"),
                                   {tier.match, tier.index == QLatin1String("o.title_search")});
    if (!estimated)
        return estimated.error();
    if (!estimated.value().next())
        return Error{QCoreApplication::translate("OpportunityRepository",
                                                 "The database did not answer which postings match")};
    tier.estimatedMatches = estimated.value().value(0).toDouble();
    tier.postings = estimated.value().value(1).toDouble();
    return {};
}

Status OpportunityRepository::probe(QList<Tier>& tiers, int index) const
{
    // Reads row ids only and stops past the ranking limit: cheap even for a word in every posting.
    Tier& tier = tiers[index];
    if (onServer()) {
        if (Status estimated = estimate(tier); !estimated)
            return estimated;
        Tier all = tier; // every match, those of the title tier too
        all.excludeTitleMatch.clear();
        all.matches = std::numeric_limits<qint64>::max(); // not counted yet: not ranked
        auto counted = tierCount(all, Filter{}, m_rankingLimit);
        if (!counted)
            return counted.error();
        tier.matches = *counted;
    } else {
        auto counted = SqlQuery::scalar(connection(),
                                        QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM ") +
                                            tier.index + QStringLiteral(" WHERE ") + tier.index +
                                            QStringLiteral(" MATCH ? LIMIT ?) AS probed"),
                                        {tier.match, m_rankingLimit + 1});
        if (!counted)
            return counted.error();
        tier.matches = counted->toLongLong();
    }
    // Without title matches there is nothing for the later tiers to leave out.
    if (index == 0 && tier.matches == 0) {
        for (Tier& later : tiers)
            later.excludeTitleMatch.clear();
    }
    return {};
}

// PostgreSQL chooses between reading a tier's matches through its GIN index (a bitmap of every match,
// then the postings it points at) and reading postings newest or first in the table until enough
// match, and gets both wrong at scale: it counts testing a posting's search vector as nearly free,
// where reading one out of TOAST costs about 13 µs, and for a prefix in a column of fewer than 100
// frequent words (the titles) it guesses that 2% of postings match, whatever they do. So a rare word
// was looked for posting by posting through a million titles (0.6 s) and a word in 5% of postings
// through 17,000 search vectors (0.2 s). The store decides from an estimate of its own instead
// (careerdesk_match_estimate: the planner's for the full index, which knows the frequent words, a count
// among the newest titles for the title index) and the costs measured at 1,000,000 postings, in µs:
// testing a posting 13 (full index) or 0.6 (titles), a match in the bitmap 0.2 or 0.8 (a prefix among
// the titles), reading a matched posting 6.
bool OpportunityRepository::readsIndex(const Tier& tier, qint64 needed, bool newestFirst) const
{
    if (!onServer())
        return false;
    const bool titles = tier.index == QLatin1String("o.title_search");
    const double postings = qMax(1.0, tier.postings);
    const double matches =
        ranked(tier)
            ? double(tier.matches)
            : qMax(tier.estimatedMatches,
                   tier.matches < std::numeric_limits<qint64>::max() ? double(m_rankingLimit + 1) : 0.0);
    const double share = qMax(matches, 0.5) / postings;
    const double scan = qMin(postings, double(needed) / share) * (titles ? 0.6 : 13.0);
    const double read = newestFirst ? matches : qMin(double(needed), matches);
    const double index = matches * (titles ? 0.8 : 0.2) + read * 6.0;
    return index < scan;
}

template <typename T>
Result<T> OpportunityRepository::withPlan(Plan plan, const std::function<Result<T>()>& read) const
{
    if (plan == Plan::AsChosen)
        return read();
    // The plans that are left cost more than any of the others to PostgreSQL, which would then compile
    // them (JIT), at a tenth of a second and more each.
    const QString held = plan == Plan::ThroughMatchIndex
                             ? QStringLiteral("SELECT set_config('enable_seqscan', 'off', true),"
                                              " set_config('enable_indexscan', 'off', true),"
                                              " set_config('jit', 'off', true)")
                             : QStringLiteral("SELECT set_config('enable_seqscan', 'off', true),"
                                              " set_config('enable_bitmapscan', 'off', true),"
                                              " set_config('jit', 'off', true)");
    Transaction transaction(connection());
    if (Status begun = transaction.begun(); !begun)
        return begun.error();
    if (auto set = SqlQuery::run(connection(), held); !set)
        return set.error();
    Result<T> result = read();
    if (!result)
        return result;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

OpportunityRepository::TierSql OpportunityRepository::tierSql(const Tier& tier, const Filter& filter,
                                                              bool throughFunction, const QVariant& most,
                                                              bool newest) const
{
    TierSql sql;
    if (throughFunction) {
        // The function hands over the ids of the matches; the rows are read by their primary key (the
        // array makes it an index condition, which the join on a function's rows would not always be).
        sql.with = QStringLiteral("WITH matches AS (SELECT id FROM ") + matchingPostings(tier) +
                   QStringLiteral(") ");
        sql.withValues << tier.match << (most.isValid() ? most : QVariant(QMetaType::fromType<qlonglong>()))
                       << newest;
        sql.from = QStringLiteral("opportunities o WHERE o.id = ANY (ARRAY(SELECT id FROM matches))");
    } else {
        sql.from = matching(tier);
        sql.values << tier.match;
    }
    sql.from += filter.where();
    sql.values << filter.values;
    if (!tier.excludeTitleMatch.isEmpty()) {
        // Postings already listed by the title tier.
        sql.from += onServer() ? QStringLiteral(" AND NOT (o.title_search @@ to_tsquery('careerdesk', ?))")
                               : QStringLiteral(" AND o.id NOT IN (SELECT rowid FROM opportunities_title_fts"
                                                " WHERE opportunities_title_fts MATCH ?)");
        sql.values << tier.excludeTitleMatch;
    }
    return sql;
}

Result<QList<qint64>> OpportunityRepository::newestPassing(const Tier& tier, const Filter& filter,
                                                           qint64 needed) const
{
    // The filter holds the person's own conditions, applied to what the function hands over: ask for
    // twice what is needed, then for as many more as the share that passed suggests, until enough pass
    // or the function has no more. Larger than any table: ask for all.
    constexpr double everything = 1e15;
    double most = 2.0 * double(needed);
    for (;;) {
        const QVariant asked =
            most < everything ? QVariant(qint64(most)) : QVariant(QMetaType::fromType<qlonglong>());
        const TierSql sql = tierSql(tier, filter, true, asked);
        auto read = withPlan<std::pair<qint64, QList<qint64>>>(
            Plan::ThroughMatchIndex, [&]() -> Result<std::pair<qint64, QList<qint64>>> {
                auto query =
                    SqlQuery::run(connection(),
                                  sql.with +
                                      QStringLiteral("SELECT (SELECT count(*) FROM matches),"
                                                     " CAST(ARRAY(SELECT o.id FROM ") +
                                      sql.from + QStringLiteral(" ORDER BY o.id DESC LIMIT ?) AS text)"),
                                  sql.withValues + sql.values + QVariantList{needed});
                if (!query)
                    return query.error();
                if (!query.value().next())
                    return Error{QCoreApplication::translate(
                        "OpportunityRepository", "The database did not answer which postings match")};
                QList<qint64> passing; // from PostgreSQL's array text, "{12,7,3}"
                const QString ids = query.value().value(1).toString();
                for (const QStringView id :
                     QStringView(ids).mid(1, ids.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    passing << id.toLongLong();
                return std::pair(query.value().value(0).toLongLong(), passing);
            });
        if (!read)
            return read.error();
        const auto& [readCount, passing] = read.value();
        if (passing.size() >= needed || asked.isNull() || readCount < asked.toLongLong())
            return passing;
        most = qMax(2.0 * most, 1.25 * most * double(needed) / double(passing.size() + 1));
    }
}

Result<qint64> OpportunityRepository::tierCount(const Tier& tier, const Filter& filter, qint64 cap) const
{
    const qint64 needed = qMin(cap, std::numeric_limits<qint64>::max() - 1) + 1;
    const bool byIndex = readsIndex(tier, needed, false);
    if (isHeldToPolicies() && byIndex) {
        // Any of the matches will do when all of them count: the function stops at `needed`.
        if (filter.conditions.isEmpty() && tier.excludeTitleMatch.isEmpty())
            return countRows(tierSql(tier, filter, true, needed, false), cap, true);
        if (!ranked(tier)) {
            auto passing = newestPassing(tier, filter, needed);
            if (!passing)
                return passing.error();
            return passing->size();
        }
    }
    return countRows(tierSql(tier, filter, isHeldToPolicies() && byIndex), cap, byIndex);
}

Result<qint64> OpportunityRepository::countRows(const TierSql& sql, qint64 cap, bool byIndex) const
{
    // Stops one past the cap: "more than cap" costs no more than cap.
    return withPlan<qint64>(byIndex ? Plan::ThroughMatchIndex : Plan::AsChosen, [&]() -> Result<qint64> {
        auto counted =
            SqlQuery::scalar(connection(),
                             sql.with + QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + sql.from +
                                 QStringLiteral(" LIMIT ?) AS counted"),
                             sql.withValues + sql.values +
                                 QVariantList{qMin(cap, std::numeric_limits<qint64>::max() - 1) + 1});
        if (!counted)
            return counted.error();
        return counted->toLongLong();
    });
}

Result<QList<Opportunity>> OpportunityRepository::tierPage(const Tier& tier, const Filter& filter, int limit,
                                                           qint64 offset) const
{
    // Ranked by relevance (bm25 on SQLite, ts_rank on PostgreSQL; in the full index the title weighs
    // most), then newest first, then id for a stable order; a tier too large to rank lists the latest
    // added first. The page is chosen on ids and sort keys alone; only its rows are read in full.
    const bool rank = ranked(tier);
    const bool byIndex = readsIndex(tier, offset + limit, true);
    if (isHeldToPolicies() && byIndex && !rank) {
        auto passing = newestPassing(tier, filter, offset + limit);
        if (!passing)
            return passing.error();
        const QList<qint64> ids = passing->mid(offset, limit);
        if (ids.isEmpty())
            return QList<Opportunity>();
        QStringList array; // as PostgreSQL spells one: {12,7,3}
        for (qint64 id : ids)
            array << QString::number(id);
        const QString bound = QLatin1Char('{') + array.join(QLatin1Char(',')) + QLatin1Char('}');
        return selectWhere(QStringLiteral("id = ANY (CAST(? AS bigint[]))"), {bound},
                           QStringLiteral("id DESC"));
    }
    const TierSql sql = tierSql(tier, filter, isHeldToPolicies() && byIndex);
    QVariantList values = sql.withValues;
    QString score = QStringLiteral("0");
    if (rank && onServer()) {
        score = QStringLiteral("-ts_rank(") + tier.index + QStringLiteral(", to_tsquery('careerdesk', ?))");
        values << tier.match;
    } else if (rank) {
        score = tier.index == QLatin1String("opportunities_fts")
                    ? QStringLiteral("bm25(opportunities_fts, 10.0, 4.0, 1.0, 3.0, 2.0)")
                    : QStringLiteral("bm25(") + tier.index + QLatin1Char(')');
    }
    const QString id = onServer() ? QStringLiteral("o.id") : tier.index + QStringLiteral(".rowid");
    const QString order = rank ? QStringLiteral("score, posted DESC, id DESC") : id + QStringLiteral(" DESC");
    const QString pageOrder =
        rank ? QStringLiteral("page.score, page.posted DESC, page.id DESC") : QStringLiteral("page.id DESC");
    values << sql.values << limit << offset;
    return withPlan<QList<Opportunity>>(byIndex ? Plan::ThroughMatchIndex : Plan::AsChosen, [&] {
        return fetch(SqlQuery::run(connection(),
                                   sql.with + QStringLiteral("SELECT ") + columns(QStringLiteral("o.")) +
                                       QStringLiteral(" FROM (SELECT ") + id + QStringLiteral(" AS id, ") +
                                       score + QStringLiteral(" AS score, o.posted_at AS posted FROM ") +
                                       sql.from + QStringLiteral(" ORDER BY ") + order +
                                       QStringLiteral(" LIMIT ? OFFSET ?) page JOIN opportunities o"
                                                      " ON o.id = page.id ORDER BY ") +
                                       pageOrder,
                                   values));
    });
}

Result<QList<Opportunity>> OpportunityRepository::browse(const Filter& filter, int limit, int offset) const
{
    // The page is chosen on the covering index alone; only its rows are read from the table. Under the
    // policies PostgreSQL takes the filters to be too rare to stop early and reads every posting (half a
    // second at a million); in date order on the index it stops at the page.
    QVariantList values = filter.values;
    values << limit << offset;
    return withPlan<QList<Opportunity>>(isHeldToPolicies() ? Plan::NewestFirst : Plan::AsChosen, [&] {
        return fetch(
            SqlQuery::run(connection(),
                          QStringLiteral("SELECT ") + columns() +
                              QStringLiteral(" FROM opportunities WHERE id IN (SELECT o.id FROM"
                                             " opportunities o WHERE 1 = 1") +
                              filter.where() +
                              QStringLiteral(" ORDER BY o.posted_at DESC, o.id DESC LIMIT ? OFFSET ?)"
                                             " ORDER BY posted_at DESC, id DESC"),
                          values));
    });
}

Result<QList<Opportunity>> OpportunityRepository::findBySourceUrl(const QString& url) const
{
    return selectWhere(QStringLiteral("source_url = ?"), {url});
}

Result<QList<Opportunity>> OpportunityRepository::findCandidates(const QStringList& urls,
                                                                 const QStringList& titles) const
{
    // Both lists are bound value by value; the marks are the only text built here.
    auto marks = [](qsizetype count) {
        QStringList all;
        all.fill(QStringLiteral("?"), qMax<qsizetype>(count, 1));
        return all.join(QStringLiteral(", "));
    };
    QVariantList values;
    for (const QString& url : urls)
        values << url;
    if (urls.isEmpty())
        values << QString();
    for (const QString& title : titles)
        values << title.toLower();
    if (titles.isEmpty())
        values << QString();
    // Under the policies lower(title) would be tested on every visible posting (it is not leakproof):
    // a function of server-access.sql reads the title index as the owner, for what the person sees.
    const QString titled = isHeldToPolicies()
                               ? QStringLiteral("id = ANY (ARRAY(SELECT id FROM careerdesk_postings_titled("
                                                "ARRAY[%2]::text[])))")
                               : QStringLiteral("lower(title) IN (%2)");
    return selectWhere(QString(QStringLiteral("source_url IN (%1) OR ") + titled)
                           .arg(marks(urls.size()), marks(titles.size())),
                       values);
}

} // namespace careerdesk
