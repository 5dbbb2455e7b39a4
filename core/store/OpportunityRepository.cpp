#include "OpportunityRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

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
    return read.finish(opportunity);
}

QString OpportunityRepository::ftsQuery(const QString& keywords)
{
    // Words as a person types them: letters and digits only, each quoted, so that nothing in them is
    // FTS syntax (quotes, -, *, NEAR, :, parentheses); the last one matches as a prefix.
    QStringList terms;
    QString word;
    const QString folded = keywords + QLatin1Char(' ');
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            terms << QLatin1Char('"') + word + QLatin1Char('"');
            word.clear();
        }
    }
    if (terms.isEmpty())
        return {};
    terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

Result<QList<Opportunity>> OpportunityRepository::search(const OpportunitySearchCriteria& criteria,
                                                         const QDateTime& now) const
{
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values;

    const QString match = ftsQuery(criteria.keywords);
    if (!match.isEmpty()) {
        conditions << QStringLiteral("opportunities_fts MATCH ?");
        values << match;
    } else if (!criteria.keywords.trimmed().isEmpty()) {
        // No words at all ("%", "C#"…): look for the text as typed.
        conditions << QStringLiteral(
            "(o.title LIKE ? ESCAPE '\\' OR o.company LIKE ? ESCAPE '\\'"
            " OR o.description LIKE ? ESCAPE '\\' OR o.requirements LIKE ? ESCAPE '\\'"
            " OR o.location LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 5; ++i)
            values << containsPattern(criteria.keywords.trimmed());
    }
    if (!criteria.location.trimmed().isEmpty()) {
        conditions << QStringLiteral("o.location LIKE ? ESCAPE '\\'");
        values << containsPattern(criteria.location.trimmed());
    }
    if (criteria.type) {
        conditions << QStringLiteral("o.type = ?");
        values << enumKey(*criteria.type);
    }
    if (criteria.isRemote) {
        conditions << QStringLiteral("o.is_remote = ?");
        values << *criteria.isRemote;
    }
    if (criteria.salaryMinCents) {
        conditions << QStringLiteral("o.salary_max_yearly_cents >= ?");
        values << *criteria.salaryMinCents;
    }
    if (criteria.salaryMaxCents) {
        conditions << QStringLiteral("o.salary_min_yearly_cents <= ?");
        values << *criteria.salaryMaxCents;
    }
    if ((criteria.salaryMinCents || criteria.salaryMaxCents) && !criteria.salaryCurrency.isEmpty()) {
        conditions << QStringLiteral("o.salary_currency = ?");
        values << criteria.salaryCurrency;
    }
    if (criteria.postedAfter.isValid()) {
        conditions << QStringLiteral("o.posted_at > ?");
        values << SqlValues::fromDateTime(criteria.postedAfter);
    }
    if (criteria.status) {
        conditions << QStringLiteral("o.status = ?");
        values << enumKey(*criteria.status);
        // A posting past its expiry date counts as expired whatever its stored status says.
        if (*criteria.status == OpportunityStatus::Active) {
            conditions << QStringLiteral("(o.expires_at IS NULL OR o.expires_at > ?)");
            values << SqlValues::fromDateTime(now);
        }
    }
    values << qMax(0, criteria.limit) << qMax(0, criteria.offset);
    // Ranked by bm25 with the title weighted most, then newest first, then id for a stable order.
    const QString from =
        match.isEmpty()
            ? QStringLiteral("opportunities o")
            : QStringLiteral("opportunities_fts JOIN opportunities o ON o.id = opportunities_fts.rowid");
    const QString order =
        match.isEmpty()
            ? QStringLiteral("o.posted_at DESC, o.id DESC")
            : QStringLiteral(
                  "bm25(opportunities_fts, 10.0, 4.0, 1.0, 3.0, 2.0), o.posted_at DESC, o.id DESC");
    const QString sql = QStringLiteral("SELECT o.* FROM ") + from + QStringLiteral(" WHERE ") +
                        conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ") + order +
                        QStringLiteral(" LIMIT ? OFFSET ?");
    return fetch(SqlQuery::run(connection(), sql, values));
}

Result<QList<Opportunity>> OpportunityRepository::findBySourceUrl(const QString& url) const
{
    return selectWhere(QStringLiteral("source_url = ?"), {url});
}

} // namespace careerdesk
